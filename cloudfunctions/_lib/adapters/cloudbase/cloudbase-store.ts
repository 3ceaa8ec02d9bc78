import {
  StoreError,
  type Cmp,
  type Collection,
  type Doc,
  type DocRef,
  type DocumentStore,
  type Patch,
  type Transaction,
} from '@shared/ports/document-store'
import { newId } from '../ids'
import {
  CollectionBuilder,
  bodyOf,
  checkCollectionName,
  checkDocId,
  checkPatch,
  type Condition,
  type QueryRunner,
  type QuerySpec,
} from '../query-builder'
import {
  checkReply,
  sdkErrorCode,
  type CloudbaseDatabaseApp,
  type Db,
  type DbCommand,
  type DbCommandValue,
  type DbDocumentRef,
  type DbQuery,
} from './sdk-shapes'

/**
 * The DocumentStore on CloudBase's document database (@cloudbase/node-sdk `app.database()`).
 * Queries go through the shared QueryBuilder, so validation, the default limit (100), the limit cap (1000) and
 * the _id tie-break in ordering are the same as on the embedded store.
 */

export interface CloudbaseStoreOptions {
  /** Attempts for a transaction that keeps hitting write conflicts before failing with CONFLICT (default 20). */
  transactionAttempts?: number
  /** Waits between conflicting attempts; injectable for tests. */
  sleep?: (ms: number) => Promise<void>
}

export interface CloudbaseStore extends DocumentStore {
  /** Creates the collections that do not exist yet (CloudBase needs a collection before a transaction can use it). */
  ensureCollections(names: readonly string[]): Promise<void>
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function isMissingCollection(error: unknown): boolean {
  const code = sdkErrorCode(error) ?? ''
  const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? '')
  return /COLLECTION_NOT_EXIST/i.test(code) || /(collection|table) not exist/i.test(message)
}

function isAlreadyExisting(error: unknown): boolean {
  const code = sdkErrorCode(error) ?? ''
  const message = error instanceof Error ? error.message : ''
  return /ALREADY_EXIST/i.test(code) || /already exist/i.test(message)
}

/** A unique index refused the write (Mongo's E11000 duplicate key). */
function isDuplicateKey(error: unknown): boolean {
  const code = sdkErrorCode(error) ?? ''
  const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? '')
  return /DUPLICATE/i.test(code) || /E11000|duplicate key/i.test(message)
}

function isTransactionConflict(error: unknown): boolean {
  if (error instanceof StoreError) return false
  const code = sdkErrorCode(error) ?? ''
  const message = error instanceof Error ? error.message : ''
  return /TRANSACTION_CONFLICT/i.test(code) || /write ?conflict|transaction conflict/i.test(message)
}

/** `db.command` for one port comparison. */
function toCommand(command: DbCommand, c: Cmp): DbCommandValue {
  switch (c.$op) {
    case 'eq':
      return command.eq(c.value)
    case 'neq':
      return command.neq(c.value)
    case 'gt':
      return command.gt(c.value)
    case 'gte':
      return command.gte(c.value)
    case 'lt':
      return command.lt(c.value)
    case 'lte':
      return command.lte(c.value)
    case 'in':
      return command.in([...c.value])
    case 'nin':
      return command.nin([...c.value])
  }
}

/**
 * The argument for `where`: `{ 'a.b': command }` with dotted keys, which the SDK passes through as Mongo paths.
 * Two conditions on one field (chained where calls) cannot share a key, so then every condition goes into `and`.
 */
export function toCloudbaseWhere(command: DbCommand, conditions: readonly Condition[]): object {
  const fields = new Set(conditions.map((c) => c.field))
  if (fields.size === conditions.length) {
    return Object.fromEntries(conditions.map((c) => [c.field, toCommand(command, c.cmp)]))
  }
  return command.and(...conditions.map((c) => ({ [c.field]: toCommand(command, c.cmp) })))
}

/** An update whose object values replace the field whole: CloudBase would deep-merge a plain object. */
export function toCloudbaseUpdate(command: DbCommand, entries: ReadonlyArray<[string, unknown]>): Record<string, unknown> {
  return Object.fromEntries(
    entries.map(([key, value]) => [key, typeof value === 'object' && value !== null ? command.set(value) : value]),
  )
}

/** `{ data: [doc] }` outside a transaction, `{ data: doc | null }` inside one → the doc or null. */
export function docFromReply<T extends Doc>(reply: { data?: unknown }): T | null {
  const data = Array.isArray(reply.data) ? reply.data[0] : reply.data
  return (data ?? null) as T | null
}

class CloudbaseStoreImpl implements CloudbaseStore {
  private readonly db: Db
  private readonly attempts: number
  private readonly sleep: (ms: number) => Promise<void>

  constructor(app: CloudbaseDatabaseApp, options: CloudbaseStoreOptions) {
    this.db = app.database()
    this.attempts = Math.max(1, options.transactionAttempts ?? 20)
    this.sleep = options.sleep ?? realSleep
  }

  private async createCollection(name: string): Promise<void> {
    try {
      checkReply((await this.db.createCollection(name)) as { code?: string }, `create collection ${name}`)
    } catch (error) {
      if (!isAlreadyExisting(error)) throw error
    }
  }

  async ensureCollections(names: readonly string[]): Promise<void> {
    for (const name of names) await this.createCollection(checkCollectionName(name))
  }

  /** A read of a collection that was never created finds nothing (CloudBase reports an error instead). */
  private async read<R>(op: () => Promise<R>, empty: R): Promise<R> {
    try {
      return await op()
    } catch (error) {
      if (isMissingCollection(error)) return empty
      throw error
    }
  }

  /**
   * A write creates its collection on first use, as the embedded store does; a unique-index refusal becomes
   * the port's CONFLICT.
   */
  private async write<R>(collection: string, op: () => Promise<R>): Promise<R> {
    try {
      try {
        return await op()
      } catch (error) {
        if (!isMissingCollection(error)) throw error
        await this.createCollection(collection)
        return await op()
      }
    } catch (error) {
      if (isDuplicateKey(error)) throw new StoreError('CONFLICT', (error as Error).message)
      throw error
    }
  }

  private query(spec: QuerySpec): DbQuery {
    let query: DbQuery = this.db.collection(spec.collection)
    if (spec.conditions.length > 0) query = query.where(toCloudbaseWhere(this.db.command, spec.conditions))
    for (const order of spec.orders) query = query.orderBy(order.field, order.direction)
    if (spec.skip > 0) query = query.skip(spec.skip)
    return query
  }

  collection<T extends Doc>(name: string): Collection<T> {
    const runner: QueryRunner<T> = {
      find: (spec) =>
        this.read(async () => {
          const reply = checkReply(await this.query(spec).limit(spec.limit).get(), `query ${spec.collection}`)
          return (reply.data ?? []) as T[]
        }, [] as T[]),
      count: (spec) =>
        this.read(async () => checkReply(await this.query(spec).count(), `count ${spec.collection}`).total ?? 0, 0),
      // Mongo's $sum skips values that are not numbers, as the port says.
      sum: (spec, field) =>
        this.read(async () => {
          const where = spec.conditions.length > 0 ? toCloudbaseWhere(this.db.command, spec.conditions) : {}
          const reply = checkReply(
            await this.db
              .collection(spec.collection)
              .aggregate()
              .match(where)
              .group({ _id: null, n: this.db.command.aggregate.sum(`$${field}`) })
              .end(),
            `sum ${spec.collection}.${field}`,
          )
          return Number((reply.data?.[0] as { n?: unknown } | undefined)?.n ?? 0)
        }, 0),
    }
    return new CollectionBuilder<T>(runner, name, {
      updateWhere: (conditions, entries) =>
        this.read(async () => {
          const reply = checkReply(
            await this.db
              .collection(name)
              .where(toCloudbaseWhere(this.db.command, conditions))
              .update(toCloudbaseUpdate(this.db.command, entries)),
            `update ${name} where`,
          )
          return reply.updated ?? 0
        }, 0),
      doc: (id) => this.docRef<T>(name, id, () => this.db.collection(name).doc(checkDocId(id)), false),
      add: async (data) => {
        const id = newId()
        const body = bodyOf(data)
        await this.write(name, async () => checkReply(await this.db.collection(name).add({ ...body, _id: id }), `add to ${name}`))
        return id
      },
    })
  }

  /** One DocRef for both plain and transactional use: only where the SDK ref comes from differs. */
  private docRef<T extends Doc>(collection: string, id: string, ref: () => DbDocumentRef, inTransaction: boolean): DocRef<T> {
    const where = `${collection}/${id}`
    const get = async (): Promise<T | null> => docFromReply<T>(checkReply(await ref().get(), `get ${where}`))
    const guarded = <R>(op: () => Promise<R>) => (inTransaction ? op() : this.write(collection, op))
    return {
      get: () => (inTransaction ? get() : this.read(get, null)),
      set: async (data) => {
        const body = bodyOf(data)
        await guarded(async () => checkReply(await ref().set(body), `set ${where}`))
      },
      update: async (patch: Patch) => {
        const entries = checkPatch(patch)
        if (entries.length > 0) {
          const reply = checkReply(await ref().update(toCloudbaseUpdate(this.db.command, entries)), `update ${where}`)
          // `updated` counts changed documents: 0 also when the values were already equal, so look before failing.
          if (reply.updated !== undefined && reply.updated > 0) return
        }
        const current = inTransaction ? await get() : await this.read(get, null)
        if (!current) throw new StoreError('NOT_FOUND', `${where} does not exist`)
      },
      remove: async () => {
        await this.read(async () => {
          checkReply(await (inTransaction ? ref().delete() : ref().remove()), `remove ${where}`)
        }, undefined)
      },
    }
  }

  async runTransaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      try {
        // times = 0: the SDK tries once; conflicts are retried here, with a pause, so that many concurrent
        // transactions on one document all get through instead of exhausting the SDK's immediate retries.
        return (await this.db.runTransaction((transaction) => {
          const tx: Transaction = {
            collection: <T extends Doc>(name: string) => {
              checkCollectionName(name)
              return {
                doc: (id: string) => this.docRef<T>(name, id, () => transaction.collection(name).doc(checkDocId(id)), true),
              }
            },
          }
          return fn(tx)
        }, 0)) as R
      } catch (error) {
        if (!isTransactionConflict(error)) throw error
        if (attempt >= this.attempts) {
          throw new StoreError(
            'CONFLICT',
            `transaction still conflicting after ${attempt} attempts: ${String((error as Error).message ?? error)}`,
          )
        }
        const ceiling = Math.min(1000, 25 * 2 ** (attempt - 1))
        await this.sleep(Math.floor(ceiling / 2 + Math.random() * (ceiling / 2)))
      }
    }
  }
}

export function createCloudbaseStore(app: CloudbaseDatabaseApp, options: CloudbaseStoreOptions = {}): CloudbaseStore {
  return new CloudbaseStoreImpl(app, options)
}
