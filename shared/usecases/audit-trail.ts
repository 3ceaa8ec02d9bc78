import type { AuditEntry } from '../domain/audit/entry'
import { scrubSensitive } from '../domain/masking'
import { type Where, cmp } from '../ports/document-store'
import { requireWithin } from './authorize'
import { col } from './collections'
import type { Deps, Registered } from './deps'
import { mustGet } from './load'
import type { Page } from './paging'

type Input = { caseId?: string; householdId?: string; after?: string; limit: number }

/** Numbers people typed or that identify a person stay out of the trail's screen; the entry itself keeps them. */
function masked(value: unknown): unknown {
  if (typeof value === 'string') return scrubSensitive(value)
  if (Array.isArray(value)) return value.map(masked)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v)]))
  }
  return value
}

/**
 * An anonymous objection stays anonymous on the trail's screen too: the entry itself keeps who raised it (the
 * chain must not change), the county official reading the trail does not learn it.
 */
function anonymised(e: AuditEntry): AuditEntry {
  const raised = e.changes.some((c) => c.collection === 'objections' && c.before === null && c.after?.anonymous === true)
  if (!raised) return e
  return {
    ...e,
    actor: { id: null, name: '', role: 'public', openid: null },
    changes: e.changes.map((c) =>
      c.collection === 'objections' && c.after ? { ...c, after: { ...c.after, objectorId: '匿名' } } : c,
    ),
  }
}

/** The trail of one case or household, newest first, for a county official whose region holds it. */
export async function auditTrail(deps: Deps, caller: Registered, input: Input): Promise<Page<AuditEntry>> {
  const where: Where = input.caseId ? { caseId: input.caseId } : { householdId: input.householdId! }
  const record = input.caseId
    ? await mustGet(deps.store, 'cases', input.caseId)
    : await mustGet(deps.store, 'households', input.householdId!)
  requireWithin(caller, record.regionPath)
  const cursor: Where = input.after ? { seq: cmp.lt(Number(input.after)) } : {}
  const rows = (await col(deps.store, 'audit')
    .where({ ...where, ...cursor })
    .orderBy('seq', 'desc')
    .limit(input.limit + 1)
    .get()) as AuditEntry[]
  const items = rows
    .slice(0, input.limit)
    .map(anonymised)
    .map((e) => ({ ...e, changes: masked(e.changes) as AuditEntry['changes'] }))
  return { items, next: rows.length > input.limit ? String(items[items.length - 1]!.seq) : null }
}
