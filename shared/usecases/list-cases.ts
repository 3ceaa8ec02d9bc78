import { DomainError } from '../domain/errors'
import type { CaseSummary, InboxItem } from '../api/views'
import { deadlineFlag } from '../domain/campaign'
import { publicityDaysLeft, urgencyOf } from '../domain/urgency'
import { regionField } from '../domain/jurisdiction'
import { inboxStatesFor, waitsOnApplicant } from '../domain/workflow/inbox'
import { PAYABLE_STATES } from '../domain/workflow/states'
import { CURRENT_TABLE } from '../domain/workflow/tables'
import type { Application } from '../schemas/application'
import { col } from './collections'
import { caseProfiles } from './case-profile'
import { toCaseSummary } from './case-summary'
import { nowOf } from './clock-view'
import type { Deps, Registered } from './deps'
import { type Page, type PageRequest, pageBySeq, pageBySeqAcross } from './paging'

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

/**
 * Cases waiting on the caller inside their jurisdiction, oldest first (first come, first served): the ones their
 * level reviews, and those it acts on with or for the household (inbox.ts says which). Each with how long it waited,
 * the days its publicity has left, and the campaign deadline of its stage under the case's own profile.
 */
export async function reviewInbox(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<InboxItem>> {
  const { states, where } = inboxWhere(caller)
  const result = await pageBySeqAcross(col(deps.store, 'cases'), 'state', states, where, page, 'asc')
  const { today } = nowOf(deps)
  // Each case runs under its own profile version; the page's cases share a few, read once each.
  const profiles = await caseProfiles(deps, result.items, today)
  const items = result.items.map((c, i) => {
    const summary = toCaseSummary(c)
    const profile = profiles[i]!
    return {
      ...summary,
      urgency: waitsOnApplicant(CURRENT_TABLE, c.state) ? null : urgencyOf(deps.calendar, summary, today, profile),
      publicityDaysLeft: publicityDaysLeft(deps.calendar, c.publicityClosesOn, today, profile.publicityWorkingDays),
      deadline: deadlineFlag(c, profile, today),
    }
  })
  return { items, next: result.next }
}

/** How many cases wait on the caller, for the count on the home tile. */
export async function reviewCounts(deps: Deps, caller: Registered): Promise<{ inbox: number }> {
  const { states, where } = inboxWhere(caller)
  const counts = await Promise.all(
    states.map((state) =>
      col(deps.store, 'cases')
        .where({ ...where, state })
        .count(),
    ),
  )
  return { inbox: counts.reduce((a, b) => a + b, 0) }
}

function inboxWhere(caller: Registered) {
  const states = inboxStatesFor(CURRENT_TABLE, caller.user.role)
  if (states.length === 0) throw new DomainError('forbidden')
  return { states, where: { [regionField(caller.user.regionPath)]: caller.user.regionPath } }
}

/** Approved cases in finance's jurisdiction that may still receive money. */
export async function payableCases(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<CaseSummary>> {
  const where = { [regionField(caller.user.regionPath)]: caller.user.regionPath }
  return summaries(await pageBySeqAcross(col(deps.store, 'cases'), 'state', PAYABLE_STATES, where, page, 'asc'))
}
