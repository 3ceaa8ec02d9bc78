import type { CaseDetail, PlanOptions } from '../api/views'
import { campaignDeadlines, filedOnOf } from '../domain/campaign'
import { planCeilingFen, planModes } from '../domain/plan'
import { standardAreaM2 } from '../domain/subsidy'
import type { Application, CaseEvent } from '../schemas/application'
import { maskAccount } from '../domain/masking'
import { nextStepOf } from '../domain/next-step'
import { eventsFor } from '../domain/workflow/events'
import { tableFor } from '../domain/workflow/tables'
import { col } from './collections'
import { requireCanSee } from './authorize'
import { toPublicNotice } from './public-notice'
import { nowOf } from './clock-view'
import type { Deps, Registered } from './deps'
import { mustGet } from './load'
import { caseProfile } from './case-profile'
import type { PolicyProfile } from '../domain/policy-profile'

/** One case with everything a page needs to show it, and the moves open to this caller. */
export async function caseDetail(deps: Deps, caller: Registered, caseId: string): Promise<CaseDetail> {
  const c = await mustGet(deps.store, 'cases', caseId)
  requireCanSee(caller, c)
  const [household, house, payments, notices] = await Promise.all([
    mustGet(deps.store, 'households', c.householdId),
    c.houseId ? col(deps.store, 'houses').doc(c.houseId).get() : Promise.resolve(null),
    col(deps.store, 'payments').where({ caseId }).orderBy('seq', 'asc').limit(100).get(),
    col(deps.store, 'notices').where({ caseId }).orderBy('seq', 'asc').limit(100).get(),
  ])
  const { today } = nowOf(deps)
  const profile = await caseProfile(deps, c, today)
  const allowedEvents = eventsFor(tableFor(c.workflowVersion), c.state, caller.user.role)
  return {
    // Duplicate-person flags are for the township and the county to sort out, not news for the household.
    case: caller.user.role === 'farmer' ? { ...c, flags: [] } : c,
    household: {
      _id: household._id,
      headName: household.headName,
      size: household.members.length,
      targetGroups: household.targetGroups,
      accountMasked: household.account ? maskAccount(household.account.accountNo) : null,
      villageName: c.villageName,
    },
    house,
    payments,
    notices: notices.map((n) => toPublicNotice(n, today, deps.calendar)),
    allowedEvents,
    nextStep: nextStepOf(c.state, profile),
    planOptions: allowedEvents.some((e) => PLAN_EVENTS.includes(e)) ? planOptionsOf(c, profile) : null,
  }
}

const PLAN_EVENTS: readonly CaseEvent[] = ['choose_plan', 'change_plan']

/** The plan form's choices, from the same rules the server checks the plan with (shared/domain/plan.ts). */
function planOptionsOf(c: Application, profile: PolicyProfile): PlanOptions {
  const modes = [...planModes(c, profile)]
  const standard = standardAreaM2(c.householdSize, profile)
  const ceilingFen = Object.fromEntries(modes.map((mode) => [mode, planCeilingFen(c, { mode, areaM2: standard }, profile)]))
  return { modes, standardAreaM2: standard, ceilingFen, ...campaignDeadlines(profile, filedOnOf(c)) }
}
