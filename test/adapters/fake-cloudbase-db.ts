/**
 * A stand-in for CloudBase's database HTTP API, plugged in where the real SDK sends requests
 * (`Db.reqClass` of @cloudbase/database), so tests run the real @cloudbase/node-sdk serialisation and
 * transaction code and stop only at the network boundary.
 *
 * It keeps documents by id, buffers transactional writes until commit, and records every request.
 * WHERE queries are recorded but not evaluated: they return every document of the collection
 * (query semantics are the contract suite's job, against a real env).
 */

type Stored = Record<string, unknown>
type Stage = { stageKey: string; stageValue: string }

export interface RecordedCall {
  api: string
  data: Record<string, unknown>
}

/** EJSON (canonical, as the SDK writes it) to plain JSON values. */
export function fromEjson(text: string): any {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value)
      if (keys.length === 1) {
        const [k] = keys
        if (k === '$numberInt' || k === '$numberDouble' || k === '$numberLong') return Number(value[k])
      }
    }
    return value
  })
}

function toEjson(value: unknown): string {
  return JSON.stringify(value) // plain JSON is valid relaxed EJSON, which the SDK parses
}

/** The error the SDK raises for a reply with a code (node-sdk's TcbError carries code and message). */
function tcbError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code })
}

function setPath(target: Stored, path: string, value: unknown): void {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {}
    node = node[part] as Stored
  }
  node[parts[parts.length - 1]] = value
}

export class FakeCloudbaseDb {
  readonly calls: RecordedCall[] = []
  readonly collections = new Map<string, Map<string, Stored>>()
  /** Collections that answer DATABASE_COLLECTION_NOT_EXIST until addCollection creates them. */
  readonly missing = new Set<string>()
  /** How many upcoming commits fail with DATABASE_TRANSACTION_CONFLICT. */
  conflictingCommits = 0
  /** Thrown by the next request instead of answering it. */
  failNext: Error | null = null
  private readonly pending = new Map<string, Map<string, Map<string, Stored | null>>>()
  private txCounter = 0

  seed(collection: string, id: string, doc: Stored): void {
    this.coll(collection).set(id, structuredClone(doc))
  }

  doc(collection: string, id: string): Stored | undefined {
    return this.collections.get(collection)?.get(id)
  }

  callsTo(api: string): RecordedCall[] {
    return this.calls.filter((c) => c.api === api)
  }

  private coll(name: string): Map<string, Stored> {
    let docs = this.collections.get(name)
    if (!docs) {
      docs = new Map()
      this.collections.set(name, docs)
    }
    return docs
  }

  /** A WHERE update: like queries, the filter is recorded, not evaluated, so every document gets the $set. */
  private updateAll(collection: string, data: Record<string, unknown>): number {
    const body = fromEjson(data.data as string)
    let updated = 0
    for (const [id, current] of this.coll(collection)) {
      const next = structuredClone(current)
      for (const [path, value] of Object.entries(body.$set ?? {})) setPath(next, path, value)
      if (JSON.stringify(next) === JSON.stringify(current)) continue
      this.coll(collection).set(id, next)
      updated++
    }
    return updated
  }

  /** `$group` with `$sum` of one field over every document (the `$match` is recorded, not evaluated). */
  private aggregate(collection: string, stages: Stage[]): Stored {
    const stage = stages.find((s) => s.stageKey === '$group')
    const group = stage ? fromEjson(stage.stageValue) : null
    const out: Stored = { _id: null }
    for (const [key, spec] of Object.entries(group ?? {})) {
      if (key === '_id') continue
      const field = String((spec as { $sum: string }).$sum).slice(1)
      out[key] = [...this.coll(collection).values()].reduce(
        (n, doc) => n + (typeof doc[field] === 'number' ? (doc[field] as number) : 0),
        0,
      )
    }
    return out
  }

  private read(collection: string, id: string, tx?: string): Stored | null {
    const buffered = tx ? this.pending.get(tx)?.get(collection) : undefined
    if (buffered?.has(id)) return buffered.get(id) ?? null
    return this.coll(collection).get(id) ?? null
  }

  private write(collection: string, id: string, doc: Stored | null, tx?: string): void {
    if (tx) {
      const writes = this.pending.get(tx)
      if (!writes) throw tcbError('DATABASE_TRANSACTION_FAIL', `unknown transaction ${tx}`)
      if (!writes.has(collection)) writes.set(collection, new Map())
      writes.get(collection)!.set(id, doc)
      return
    }
    if (doc === null) this.coll(collection).delete(id)
    else this.coll(collection).set(id, doc)
  }

  /** The object the SDK instantiates per query / document / transaction (`new Db.reqClass(config)`). */
  requester(): new (config: unknown) => { send(api: string, data?: Record<string, unknown>): Promise<unknown> } {
    const server = this
    return class {
      async send(api: string, data: Record<string, unknown> = {}): Promise<unknown> {
        server.calls.push({ api, data: structuredClone(data) })
        const failure = server.failNext
        server.failNext = null
        if (failure) throw failure
        return server.handle(api, data)
      }
    }
  }

  private handle(api: string, data: Record<string, unknown>): unknown {
    const collection = data.collectionName as string | undefined
    const tx = data.transactionId as string | undefined
    if (collection && this.missing.has(collection) && api !== 'database.addCollection') {
      throw tcbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${collection}`)
    }
    const idOf = () => fromEjson(data.query as string)._id as string
    switch (api) {
      case 'database.addCollection':
        if (this.collections.has(collection!) && !this.missing.has(collection!)) {
          throw tcbError('DATABASE_COLLECTION_ALREADY_EXIST', 'collection already exists')
        }
        this.missing.delete(collection!)
        this.coll(collection!)
        return { requestId: 'r' }
      case 'database.getDocument': {
        if (data.queryType === 'DOC') {
          const id = idOf()
          const doc = this.read(collection!, id, tx)
          return { requestId: 'r', data: { list: doc ? [toEjson({ _id: id, ...doc })] : [] } }
        }
        const list = [...this.coll(collection!).entries()].map(([id, doc]) => toEjson({ _id: id, ...doc }))
        return { requestId: 'r', data: { list } }
      }
      case 'database.calculateDocument':
        return { requestId: 'r', data: { total: this.coll(collection!).size } }
      case 'database.insertDocument': {
        const ids = (data.data as string[]).map((text) => {
          const { _id, ...doc } = fromEjson(text)
          this.write(collection!, _id, doc, tx)
          return _id as string
        })
        return { requestId: 'r', data: { insertedIds: ids } }
      }
      case 'database.modifyDocument': {
        if (data.queryType === 'WHERE') return { requestId: 'r', data: { updated: this.updateAll(collection!, data) } }
        const id = idOf()
        const body = fromEjson(data.data as string)
        if (data.merge === false) {
          this.write(collection!, id, body, tx)
          return { requestId: 'r', data: { updated: 1, upsert_id: id } }
        }
        const current = this.read(collection!, id, tx)
        if (!current) return { requestId: 'r', data: { updated: 0 } }
        const next = structuredClone(current)
        for (const [path, value] of Object.entries(body.$set ?? {})) setPath(next, path, value)
        // like Mongo's modifiedCount: an update that changes nothing reports 0
        if (JSON.stringify(next) === JSON.stringify(current)) return { requestId: 'r', data: { updated: 0 } }
        this.write(collection!, id, next, tx)
        return { requestId: 'r', data: { updated: 1 } }
      }
      case 'database.aggregateDocuments':
        return { requestId: 'r', data: { list: [toEjson(this.aggregate(collection!, data.stages as Stage[]))] } }
      case 'database.removeDocument': {
        const id = idOf()
        const existed = this.read(collection!, id, tx) !== null
        this.write(collection!, id, null, tx)
        return { requestId: 'r', data: { deleted: existed ? 1 : 0 } }
      }
      case 'database.startTransaction': {
        const id = `tx${++this.txCounter}`
        this.pending.set(id, new Map())
        return { requestId: 'r', transactionId: id }
      }
      case 'database.commitTransaction': {
        const writes = this.pending.get(tx!)
        this.pending.delete(tx!)
        if (this.conflictingCommits > 0) {
          this.conflictingCommits--
          throw tcbError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict')
        }
        for (const [coll, docs] of writes ?? []) for (const [id, doc] of docs) this.write(coll, id, doc)
        return { requestId: 'r' }
      }
      case 'database.abortTransaction':
        this.pending.delete(tx!)
        return { requestId: 'r' }
      default:
        throw tcbError('UNSUPPORTED_IN_FAKE', `fake CloudBase does not implement ${api}`)
    }
  }
}
