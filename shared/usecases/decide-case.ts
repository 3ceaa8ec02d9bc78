import type { Decision, MeetingInput } from '../api/review.api'
import { DomainError } from '../domain/errors'
import { meetingProblems } from '../domain/village-review'
import type { Application, VillageReview } from '../schemas/application'
import { nowOf } from './clock-view'
import { txCol } from './collections'
import type { Deps, Registered } from './deps'
import { fundingAtCountyApproval } from './benefits/approval-funding'
import { moveCaseInTx, prepareMove } from './move-case'
import { claimUploads } from './uploads/claim-uploads'

type Input = { caseId: string; decision: Decision; comment: string; meeting?: MeetingInput }

/**
 * 村评议 / 乡镇审核 / 县级审批: one decision at the caller's level, as the case's own table allows it. The village's
 * decision carries its meeting record (the table requires one to approve or reject), which replaces any earlier one;
 * the township sending a case back to the village clears it, so the village meets again.
 */
export async function decideCase(deps: Deps, caller: Registered, input: Input): Promise<Application> {
  const { today } = nowOf(deps)
  const role = caller.user.role
  const meeting = input.meeting
  // Jurisdiction first: a case out of reach is not found, whatever else is wrong with the call.
  const prepared = await prepareMove(deps, caller, input.caseId)
  // County approval sets the case's funding fields under the no-double-benefit rule (or refuses).
  const funding = await fundingAtCountyApproval(deps, caller, input)
  if (meeting && role !== 'village') {
    throw new DomainError('bad_input', '只有村评议需要填写会议记录', { field: 'meeting' })
  }
  return deps.store.runTransaction(async (tx) => {
    let villageReview: VillageReview | null | undefined
    if (role === 'village' && input.decision !== 'return_below') {
      villageReview = null
      if (meeting) {
        const c = await txCol(tx, 'cases').doc(input.caseId).get()
        if (!c) throw new DomainError('not_found')
        const cameOn = c.history.at(-1)?.on ?? c.createdAt.slice(0, 10)
        const problems = meetingProblems(meeting, input.decision, { cameOn, today })
        if (problems.length > 0) throw new DomainError('bad_input', problems[0]!.message, { issues: problems })
        await claimUploads(tx, caller, { photoIds: [meeting.minutesPhotoId], caseId: c._id })
        villageReview = {
          ...meeting,
          decision: input.decision,
          recordedById: caller.user._id,
          recordedByName: caller.user.name,
          recordedOn: today,
        }
      }
    } else if (input.decision === 'return_below' && role === 'township') villageReview = null
    return moveCaseInTx(tx, deps, caller, prepared, {
      caseId: input.caseId,
      event: input.decision,
      comment: input.comment,
      ...(villageReview !== undefined || funding
        ? { patch: () => ({ ...(villageReview !== undefined ? { villageReview } : {}), ...(funding ?? {}) }) }
        : {}),
    })
  })
}
