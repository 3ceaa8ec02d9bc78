import { nextMilestone } from '../../domain/funds/milestones'
import { regionField } from '../../domain/jurisdiction'
import type { CaseState } from '../../schemas/application'
import { toCaseSummary } from '../case-summary'
import { col } from '../collections'
import type { Deps, Registered } from '../deps'
import { type PageRequest, pageBySeqAcross } from '../paging'

const STATES: Record<'township' | 'county', CaseState[]> = {
  township: ['agreement_signed', 'under_construction'],
  county: ['under_construction'],
}

/**
 * 施工进度: the cases in the caller's jurisdiction whose works are to start or under way, oldest first, each with the
 * milestone it waits for. A county official sees the works under way (acceptance is theirs to record).
 */
export async function worksTodo(deps: Deps, caller: Registered, page: PageRequest) {
  const role = caller.user.role === 'county' ? 'county' : 'township'
  const where = { [regionField(caller.user.regionPath)]: caller.user.regionPath }
  const result = await pageBySeqAcross(col(deps.store, 'cases'), 'state', STATES[role], where, page, 'asc')
  return {
    next: result.next,
    items: result.items.map((c) => ({ ...toCaseSummary(c), milestones: c.milestones, waitingFor: nextMilestone(c) })),
  }
}
