import type { Milestone } from '../../api/works.api'
import { MILESTONE_LABEL } from '../../api/works.api'
import { DomainError } from '../../domain/errors'
import { startUpFen } from '../../domain/funds/amounts'
import { MILESTONE_RECORDED_BY } from '../../domain/funds/milestones'
import type { Application, CaseEvent } from '../../schemas/application'
import { STATE_LABEL } from '../../domain/workflow/labels'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { moveCaseInTx, prepareMove } from '../move-case'
import { addLinesDue, freshLines, linesOfCase } from './case-lines'

/** The milestones that move the case; the main structure is recorded on a case under construction and moves nothing. */
const EVENT_OF: Record<Milestone, CaseEvent | null> = { start: 'start_works', structure: null, acceptance: 'accept' }

/**
 * A milestone of the works, on the day it is recorded. The stage's payment falls due in the same transaction as far
 * as the township has been sent money for it; money allocated later makes it due then.
 */
export async function recordMilestone(
  deps: Deps,
  caller: Registered,
  input: { caseId: string; milestone: Milestone; comment: string },
): Promise<Application> {
  const prepared = await prepareMove(deps, caller, input.caseId)
  const { at, today } = nowOf(deps)
  const label = MILESTONE_LABEL[input.milestone]
  if (caller.user.role !== MILESTONE_RECORDED_BY[input.milestone]) {
    throw new DomainError('bad_input', `${label}由${MILESTONE_RECORDED_BY[input.milestone] === 'county' ? '县级' : '乡镇'}登记`, {
      field: 'milestone',
    })
  }
  const lines = await linesOfCase(deps.store, input.caseId)
  const withMilestone = (c: Application): Application['milestones'] => {
    if (c.milestones[input.milestone] !== null) {
      throw new DomainError('invalid_transition', `${label}已于${c.milestones[input.milestone]}登记过`)
    }
    return { ...c.milestones, [input.milestone]: today }
  }

  return deps.store.runTransaction(async (tx) => {
    const event = EVENT_OF[input.milestone]
    let after: Application
    if (event) {
      after = await moveCaseInTx(tx, deps, caller, prepared, {
        caseId: input.caseId,
        event,
        comment: input.comment,
        patch: (c) => ({
          milestones: withMilestone(c),
          // Works started: the township now waits for the start-up money (预拨启动资金).
          ...(input.milestone === 'start' && startUpFen(c, prepared.profile) ? { fundsWaiting: 'start' as const } : {}),
        }),
      })
    } else {
      const c = await txCol(tx, 'cases').doc(input.caseId).get()
      if (!c) throw new DomainError('not_found')
      if (c.state !== 'under_construction') {
        throw new DomainError('invalid_transition', `案件${STATE_LABEL[c.state]}，不能登记${label}`, { state: c.state })
      }
      after = { ...c, milestones: withMilestone(c), updatedAt: at }
      await txCol(tx, 'cases').doc(c._id).set(withoutId(after))
    }
    await addLinesDue(tx, after, prepared.profile, await freshLines(tx, lines), at)
    return after
  })
}
