import type { PlanFields } from '../api/application.api'
import { campaignDeadlines, filedOnOf } from '../domain/campaign'
import { DomainError } from '../domain/errors'
import { type PlanDraft, planCeilingFen, planProblems } from '../domain/plan'
import type { PolicyProfile } from '../domain/policy-profile'
import type { Application, CaseEvent, CasePlan } from '../schemas/application'
import { caseProfile } from './case-profile'
import { nowOf } from './clock-view'
import type { Deps, Registered } from './deps'
import { mustGet } from './load'
import { moveCase } from './move-case'

type Input = PlanFields

function draftOf(c: Application, input: Input, profile: PolicyProfile): PlanDraft {
  const { mode, resettlement, areaM2, startOn, finishBy, payTo } = input
  const subsidyFen = input.subsidyFen ?? planCeilingFen(c, { mode, areaM2 }, profile)
  return { mode, resettlement, areaM2, subsidyFen, startOn, finishBy, payTo }
}

/** Checked against the case as it stands in the transaction (its grade, ceiling and what was paid). */
function checkedPlan(c: Application, input: Input, caller: Registered, profile: PolicyProfile, today: string): CasePlan {
  const draft = draftOf(c, input, profile)
  const problems = planProblems(c, draft, profile, today)
  if (problems.length > 0) throw new DomainError('bad_input', problems[0]!.message, { issues: problems })
  return { ...draft, note: input.note, chosenById: caller.user._id, chosenOn: today }
}

/**
 * 确定改造方案: the household (or the township for it) chooses how the house is made safe, or gives up renovation
 * and is resettled (放弃改造 → 集中安置 / 子女赡养 / 租赁安置), which closes the case with its resettlement record
 * against the campaign's deadline. Choosing again before the agreement voids the confirmations given so far.
 */
export async function choosePlan(deps: Deps, caller: Registered, input: Input): Promise<Application> {
  const { today } = nowOf(deps)
  const giveUp = input.mode === 'resettle'
  const event: CaseEvent = giveUp ? 'resettle' : 'choose_plan'
  // A case keeps its profile version, so it is read once, before the move.
  const profile = await caseProfile(deps, await mustGet(deps.store, 'cases', input.caseId), today)
  return moveCase(deps, caller, {
    caseId: input.caseId,
    event,
    comment: input.note,
    patch: (c) => {
      const plan = checkedPlan(c, input, caller, profile, today)
      if (!giveUp) return { plan, mode: plan.mode, agreementConfirmedBy: [] }
      const deadline = campaignDeadlines(profile, filedOnOf(c)).resettleBy
      return {
        plan,
        mode: plan.mode,
        agreementConfirmedBy: [],
        resettlement: {
          kind: plan.resettlement!,
          note: input.note,
          on: today,
          deadline,
          onTime: deadline === null ? null : today <= deadline,
          recordedById: caller.user._id,
        },
      }
    },
  })
}

/**
 * 方案确认后原则上不再进行调整: after the agreement, the plan changes only by the county's recorded decision, with its
 * reason on the timeline; the parties then confirm the agreement of the changed plan again.
 */
export async function changePlan(deps: Deps, caller: Registered, input: Input & { reason: string }): Promise<Application> {
  const { today } = nowOf(deps)
  const profile = await caseProfile(deps, await mustGet(deps.store, 'cases', input.caseId), today)
  return moveCase(deps, caller, {
    caseId: input.caseId,
    event: 'change_plan',
    comment: input.reason,
    patch: (c) => {
      const plan = checkedPlan(c, input, caller, profile, today)
      return { plan, mode: plan.mode, agreementConfirmedBy: [] }
    },
  })
}
