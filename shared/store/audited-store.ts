import {
  type AuditActor,
  type AuditBulkChange,
  type AuditChange,
  type AuditEntry,
  GENESIS_HASH,
  auditKey,
  changedFields,
  entryHash,
} from '../domain/audit/entry'
import { subjectsOf } from '../domain/audit/subjects'
import type { Doc, DocRef, DocumentStore, Patch, Transaction, Where } from '../ports/document-store'
import { COLLECTIONS } from './collections'

/** Who is writing and in which call; the router makes one per call, jobs and seeding use `systemActor`. */
export type AuditContext = {
  actor: AuditActor
  /** `function.action`, or `job.<name>` / `seed.<name>` for the system. */
  call: string
  requestId: string | null
  /** The `requests` doc this call claims with its first transaction (write calls with a request id only). */
  requestKey: string | null
  now(): string
  newId(): string
}

export const systemActor = (name = '系统'): AuditActor => ({ id: null, name, role: 'system', openid: null })

/** The request id was claimed by an earlier call; its transaction is abandoned and the first answer is replayed. */
export class RequestAlreadyClaimed extends Error {
  constructor(readonly key: string) {
    super(`request ${key} already claimed`)
    this.name = 'RequestAlreadyClaimed'
  }
}

export const AUDIT_HEAD_ID = 'main'

const isAudited = (name: string) => (COLLECTIONS as Record<string, { audited?: boolean }>)[name]?.audited === true

type Image = Record<string, unknown> | null

export interface AuditedStore extends DocumentStore {
  /** After the handler answered: stores the answer on the claimed request (claiming it now if nothing was written). */
  settle(answer: unknown): Promise<void>
  /** Whether this call holds the claim on its request id. */
  readonly claimed: boolean
}

/**
 * A DocumentStore that writes the audit trail. Inside each transaction every set / update / remove on an
 * audited collection is recorded with the record's before-image (read through the transaction, once), and just
 * before the transaction commits ONE entry is appended and the chain head advanced, in that same transaction:
 * the change and its entry exist together or not at all. Writes a handler makes outside a transaction get a
 * transaction of their own, so nothing escapes the trail. The first transaction of a call with a request id
 * also claims the id, so a repeat of the call aborts before it changes anything.
 */
export function auditedStore(inner: DocumentStore, ctx: AuditContext): AuditedStore {
  let claimed = false

  const claim = async (tx: Transaction) => {
    if (!ctx.requestKey || claimed) return
    const ref = tx.collection('requests').doc(ctx.requestKey)
    if (await ref.get()) throw new RequestAlreadyClaimed(ctx.requestKey)
    await ref.set({ call: ctx.call, state: 'pending', answer: null, createdAt: ctx.now() })
  }

  const runTransaction: DocumentStore['runTransaction'] = async (fn) => {
    const result = await inner.runTransaction(async (tx) => {
      // Per attempt: CloudBase may run the function again after a conflict.
      const journal = createJournal(tx)
      await claim(tx)
      const value = await fn(journal.tx)
      await appendEntry(tx, journal.changes(), ctx)
      return value
    })
    if (ctx.requestKey) claimed = true
    return result
  }

  const ownTransaction = <R>(name: string, id: string, work: (ref: DocRef<Doc>) => Promise<R>) =>
    runTransaction((tx) => work(tx.collection(name).doc(id)))

  return {
    runTransaction,
    get claimed() {
      return claimed
    },
    collection<T extends Doc>(name: string) {
      const base = inner.collection<T>(name)
      const doc = (id: string): DocRef<T> => ({
        get: () => base.doc(id).get(),
        set: (data) => ownTransaction(name, id, (ref) => ref.set(data as Omit<Doc, '_id'>)),
        update: (patch: Patch) => ownTransaction(name, id, (ref) => ref.update(patch)),
        remove: () => ownTransaction(name, id, (ref) => ref.remove()),
      })
      return Object.assign(Object.create(base) as typeof base, {
        doc,
        async add(data: Omit<T, '_id'>) {
          const id = ctx.newId()
          await doc(id).set(data)
          return id
        },
        /**
         * The update runs first (it cannot share a transaction), then one entry records the condition, the fields
         * and the count. The request is claimed before, so a repeated call stops before it changes anything.
         */
        async updateWhere(where: Where, patch: Patch) {
          if (ctx.requestKey && !claimed) await runTransaction(async () => undefined)
          const count = await base.updateWhere(where, patch)
          if (count > 0 && isAudited(name)) {
            const change: AuditBulkChange = { collection: name, where: storableWhere(where), patch: definedFields(patch), count }
            await inner.runTransaction((tx) => appendEntry(tx, [], ctx, [change]))
          }
          return count
        },
      })
    },
    async settle(answer) {
      if (!ctx.requestKey) return
      if (!claimed) await runTransaction(async () => undefined)
      await inner
        .collection('requests')
        .doc(ctx.requestKey)
        .update({ state: 'done', answer: answer ?? null })
    },
  }
}

/** The records a transaction touched: their first image and their latest, kept as the handler writes. */
function createJournal(tx: Transaction) {
  // `fields`: the top-level fields updates named, or 'all' once the record was set or removed whole. Only named
  // fields can differ after updates alone, so only those are compared (a case has dozens of fields, some long).
  type Touched = { collection: string; id: string; before: Image; after: Image; fields: Set<string> | 'all' }
  const touched = new Map<string, Touched>()
  const seen = new Map<string, Image>()
  const key = (name: string, id: string) => `${name}\u0000${id}`

  const current = async (name: string, id: string): Promise<Image> => {
    const k = key(name, id)
    if (!seen.has(k)) seen.set(k, (await tx.collection(name).doc(id).get()) as Image)
    return seen.get(k) ?? null
  }
  const record = async (name: string, id: string, next: (now: Image) => Image, fields: readonly string[] | 'all') => {
    const now = await current(name, id)
    const after = next(now)
    const k = key(name, id)
    const entry = touched.get(k) ?? { collection: name, id, before: now, after: now, fields: new Set<string>() }
    entry.after = after
    if (fields === 'all' || entry.fields === 'all') entry.fields = 'all'
    else for (const f of fields) entry.fields.add(f)
    touched.set(k, entry)
    seen.set(k, after)
  }
  const only = (image: Image, fields: Set<string>): Image =>
    image && Object.fromEntries([...fields].filter((f) => f in image).map((f) => [f, image[f]]))

  const auditedRef = (name: string, id: string, ref: DocRef<Doc>): DocRef<Doc> => ({
    async get() {
      const k = key(name, id)
      if (seen.has(k)) return seen.get(k) as Doc | null
      return (await current(name, id)) as Doc | null
    },
    async set(data) {
      await record(name, id, () => ({ ...(data as object), _id: id }), 'all')
      return ref.set(data)
    },
    async update(patch) {
      // The before-image is read first; the write fails on an absent record, so the journal only holds accepted writes.
      await current(name, id)
      await ref.update(patch)
      await record(name, id, (now) => ({ ...(now ?? {}), ...patch, _id: id }), Object.keys(patch))
    },
    async remove() {
      await record(name, id, () => null, 'all')
      return ref.remove()
    },
  })

  return {
    tx: {
      collection: <T extends Doc>(name: string) => ({
        doc: (id: string) => {
          const ref = tx.collection<T>(name).doc(id) as unknown as DocRef<Doc>
          return (isAudited(name) ? auditedRef(name, id, ref) : ref) as unknown as DocRef<T>
        },
      }),
    } satisfies Transaction,
    changes(): Array<AuditChange & { full: { before: Image; after: Image } }> {
      const out: Array<AuditChange & { full: { before: Image; after: Image } }> = []
      for (const t of touched.values()) {
        const narrow = t.fields !== 'all' && t.before !== null && t.after !== null
        const diff = narrow
          ? changedFields(only(t.before, t.fields as Set<string>), only(t.after, t.fields as Set<string>))
          : changedFields(t.before, t.after)
        if (diff) out.push({ collection: t.collection, id: t.id, ...diff, full: { before: t.before, after: t.after } })
      }
      return out
    },
  }
}

/** A condition as the entry keeps it: CloudBase refuses field names that start with `$`, so `$op` becomes `op`. */
const storableWhere = (where: Where) =>
  Object.fromEntries(
    Object.entries(where).map(([field, c]) =>
      typeof c === 'object' && c !== null && '$op' in c ? [field, { op: c.$op, value: c.value }] : [field, c],
    ),
  )

const definedFields = (patch: Patch) => Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))

async function appendEntry(
  tx: Transaction,
  changes: Array<AuditChange & { full: { before: Image; after: Image } }>,
  ctx: AuditContext,
  bulk: AuditBulkChange[] = [],
): Promise<void> {
  if (changes.length === 0 && bulk.length === 0) return
  const headRef = tx.collection<Doc & { seq: number; hash: string }>('audit_heads').doc(AUDIT_HEAD_ID)
  const head = await headRef.get()
  const seq = (head?.seq ?? 0) + 1
  const content: Omit<AuditEntry, '_id' | 'hash'> = {
    seq,
    prevHash: head?.hash ?? GENESIS_HASH,
    at: ctx.now(),
    actor: ctx.actor,
    call: ctx.call,
    requestId: ctx.requestId,
    ...subjectsOf(changes.map((c) => ({ collection: c.collection, id: c.id, ...c.full }))),
    changes: changes.map(({ collection, id, before, after }) => ({ collection, id, before, after })),
    ...(bulk.length > 0 ? { bulk } : {}),
  }
  const hash = entryHash(content)
  await tx
    .collection('audit')
    .doc(auditKey(seq))
    .set({ ...content, hash })
  await headRef.set({ seq, hash })
}
