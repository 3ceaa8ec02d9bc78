import { AppError } from '../api/errors'
import type { CaseSummary } from '../api/views'
import { regionField } from '../domain/jurisdiction'
import { PAYABLE_STATES, reviewStateFor } from '../domain/workflow'
import { cmp } from '../ports/document-store'
import { col } from './collections'
import { toCaseSummary } from './case-summary'
import type { Deps, Registered } from './deps'
import { type Page, type PageRequest, pageBySeq } from './paging'

async function summaries(
  deps: Deps,
  where: Parameters<typeof pageBySeq>[1],
  page: PageRequest,
  direction: 'asc' | 'desc',
): Promise<Page<CaseSummary>> {
  const result = await pageBySeq(col(deps.store, 'cases'), where, page, direction)
  return { items: result.items.map(toCaseSummary), next: result.next }
}

/** The farmer's own household's cases, newest first. */
export function myCases(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<CaseSummary>> {
  const householdId = caller.user.householdId
  if (!householdId) throw new AppError('FORBIDDEN', '您的账号尚未关联农户')
  return summaries(deps, { householdId }, page, 'desc')
}

/** Cases waiting for the caller's level inside their jurisdiction, oldest first (first come, first served). */
export function reviewInbox(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<CaseSummary>> {
  const state = reviewStateFor(caller.user.role)
  if (!state) throw new AppError('FORBIDDEN')
  return summaries(deps, { state, [regionField(caller.user.regionPath)]: caller.user.regionPath }, page, 'asc')
}

/** Approved cases in finance's jurisdiction that may still receive money. */
export function payableCases(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<CaseSummary>> {
  const where = { state: cmp.in([...PAYABLE_STATES]), [regionField(caller.user.regionPath)]: caller.user.regionPath }
  return summaries(deps, where, page, 'asc')
}
