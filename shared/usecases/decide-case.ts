import type { Decision } from '../api/review.api'
import type { Application } from '../schemas/application'
import type { Deps, Registered } from './deps'
import { fundingAtCountyApproval } from './benefits/approval-funding'
import { moveCase } from './move-case'

type Input = { caseId: string; decision: Decision; comment: string }

/** 村评议 / 乡镇审核 / 县级审批: one decision at the caller's level, as the case's own table allows it. */
export async function decideCase(deps: Deps, caller: Registered, input: Input): Promise<Application> {
  // Issue 9: county approval sets the case's funding fields under the no-double-benefit rule (or refuses).
  const funding = await fundingAtCountyApproval(deps, caller, input)
  return moveCase(deps, caller, {
    caseId: input.caseId,
    event: input.decision,
    comment: input.comment,
    ...(funding ? { patch: () => funding } : {}),
  })
}
