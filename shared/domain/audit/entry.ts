import { canonicalJson, sha256Hex } from './canonical'

/** The hash the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64)

export type AuditActor = { id: string | null; name: string; role: string; openid: string | null }

/** One record a transaction touched: only the top-level fields that changed; `null` before a create, after a remove. */
export type AuditChange = {
  collection: string
  id: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

/**
 * A conditional update of many records at once (`updateWhere`): what was matched, what was set, how many changed.
 * The records are found again by the condition's own fields (a batch id, a status), not listed one by one.
 */
export type AuditBulkChange = {
  collection: string
  where: Record<string, unknown>
  patch: Record<string, unknown>
  count: number
}

export type AuditEntry = {
  _id: string
  seq: number
  prevHash: string
  hash: string
  at: string
  actor: AuditActor
  call: string
  requestId: string | null
  caseId: string | null
  householdId: string | null
  changes: AuditChange[]
  /** Present only on entries of bulk updates (older entries hash as they always did). */
  bulk?: AuditBulkChange[]
}

/** Twelve digits: the ids sort as the numbers do, for a trillion entries. */
export const auditKey = (seq: number) => String(seq).padStart(12, '0')

/** SHA-256 over the previous hash and the canonical entry; `_id` is not hashed, it is `auditKey(seq)` by rule. */
export function entryHash(entry: Omit<AuditEntry, '_id' | 'hash'>): string {
  return sha256Hex(`${entry.prevHash}\n${canonicalJson(entry)}`)
}

type Fields = Record<string, unknown>

/** The before and after of the top-level fields that differ; null when nothing changed. */
export function changedFields(before: Fields | null, after: Fields | null): Omit<AuditChange, 'collection' | 'id'> | null {
  if (!before && !after) return null
  if (!before || !after) return { before: before && withoutId(before), after: after && withoutId(after) }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => k !== '_id'))
  const b: Fields = {}
  const a: Fields = {}
  for (const k of keys) {
    if (canonicalJson(before[k]) === canonicalJson(after[k])) continue
    if (k in before) b[k] = before[k]
    if (k in after) a[k] = after[k]
  }
  return Object.keys(b).length + Object.keys(a).length === 0 ? null : { before: b, after: a }
}

function withoutId(fields: Fields): Fields {
  const { _id, ...rest } = fields
  void _id
  return rest
}
