import type { Application } from '../../schemas/application'
import { requireWithin } from '../authorize'
import { caseProfile } from '../case-profile'
import { nowOf } from '../clock-view'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { fundingOfCase } from './double-benefit'

/**
 * County approval (县级审批) applies the no-double-benefit rule of the case's own profile version again, from the
 * register as it stands that day: a line entered while the case ran still refuses it (city) or moves it to local
 * finance (district). Null for any other decision, which leaves the case's funding fields as they are.
 */
export async function fundingAtCountyApproval(
  deps: Deps,
  caller: Registered,
  input: { caseId: string; decision: string },
): Promise<Pick<Application, 'fundingSource' | 'fundingReason' | 'reinclusion'> | null> {
  if (caller.user.role !== 'county' || input.decision !== 'approve') return null
  const c = await mustGet(deps.store, 'cases', input.caseId)
  requireWithin(caller, c.regionPath)
  if (c.state !== 'township_approved') return null
  const household = await mustGet(deps.store, 'households', c.householdId)
  const profile = await caseProfile(deps, c, nowOf(deps).today)
  return fundingOfCase(deps.store, household, profile, c.reinclusion?.reason ?? null)
}
