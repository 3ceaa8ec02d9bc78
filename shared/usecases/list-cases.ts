import { DomainError } from '../domain/errors'
import type { CaseSummary, InboxItem } from '../api/views'
import { urgencyOf } from '../domain/urgency'
import { regionField } from '../domain/jurisdiction'
import { reviewStateFor } from '../domain/workflow/inbox'
import { PAYABLE_STATES } from '../domain/workflow/states'
import { CURRENT_TABLE } from '../domain/workflow/tables'
import type { Application } from '../schemas/application'
import { col } from './collections'
import { toCaseSummary } from './case-summary'
import { nowOf } from './clock-view'
import type { Deps, Registered } from './deps'
import { type Page, type PageRequest, pageBySeq, pageBySeqAcross } from './paging'
import { countyOf, profileInForceFor } from './profiles'

const summaries = (result: Page<Application>): Page<CaseSummary> => ({
  items: result.items.map(toCaseSummary),
  next: result.next,
})

/** The farmer's own household's cases, newest first. */
export async function myCases(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<CaseSummary>> {
  const householdId = caller.user.householdId
  if (!householdId) throw new DomainError('forbidden', '您的账号尚未关联农户')
  return summaries(await pageBySeq(col(deps.store, 'cases'), { householdId }, page, 'desc'))
}

/** Cases waiting for the caller's level inside their jurisdiction, oldest first (first come, first served). */
export async function reviewInbox(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<InboxItem>> {
  const result = await pageBySeq(col(deps.store, 'cases'), inboxWhere(caller), page, 'asc')
  const { today } = nowOf(deps)
  const profile = await profileInForceFor(deps, countyOf(caller.user.regionPath), today)
  const items = result.items.map((c) => {
    const summary = toCaseSummary(c)
    return { ...summary, urgency: urgencyOf(deps.calendar, summary, today, profile) }
  })
  return { items, next: result.next }
}

/** How many cases wait for the caller's level, for the count on the home tile. */
export async function reviewCounts(deps: Deps, caller: Registered): Promise<{ inbox: number }> {
  return { inbox: await col(deps.store, 'cases').where(inboxWhere(caller)).count() }
}

function inboxWhere(caller: Registered) {
  const state = reviewStateFor(CURRENT_TABLE, caller.user.role)
  if (!state) throw new DomainError('forbidden')
  return { state, [regionField(caller.user.regionPath)]: caller.user.regionPath }
}

/** Approved cases in finance's jurisdiction that may still receive money. */
export async function payableCases(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<CaseSummary>> {
  const where = { [regionField(caller.user.regionPath)]: caller.user.regionPath }
  return summaries(await pageBySeqAcross(col(deps.store, 'cases'), 'state', PAYABLE_STATES, where, page, 'asc'))
}
