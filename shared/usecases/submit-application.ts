import type { z } from 'zod'
import { DomainError } from '../domain/errors'
import type { SubmitApplicationInput } from '../api/application.api'
import { checkEligibility } from '../domain/eligibility'
import type { Application } from '../schemas/application'
import { txCol, withoutId } from './collections'
import { nowOf } from './clock-view'
import { requireWithin } from './authorize'
import type { Deps, Registered } from './deps'
import { mustGet, regionName } from './load'
import { newApplication } from './new-application'
import { claimUploads } from './uploads/claim-uploads'
import { fundingOfCase } from './benefits/double-benefit'
import { duplicatePersonFlags, indexMembersInTx } from './member-index'
import { profileInForceFor } from './profiles'
import { proxyFiling, reverseFlag } from './proxy-and-flags'

type Input = z.output<typeof SubmitApplicationInput>

/**
 * 个人书面申请, or the village committee applying for someone who cannot (失能失智).
 * The household's `activeCaseId` is claimed in the same transaction that writes the case,
 * so two submissions racing each other can never open two cases.
 */
export async function submitApplication(deps: Deps, caller: Registered, input: Input): Promise<Application> {
  const householdId = resolveHousehold(caller, input.householdId)
  const household = await mustGet(deps.store, 'households', householdId)
  if (caller.user.role === 'village') requireWithin(caller, household.regionPath)

  const house = input.houseId ? await mustGet(deps.store, 'houses', input.houseId) : null
  // Another household's house answers as a house that does not exist.
  if (house && house.householdId !== household._id) throw new DomainError('not_found')
  const { at, today } = nowOf(deps)
  const profile = await profileInForceFor(deps, household.region.county, today)
  const verdict = checkEligibility({ household, house, targetGroup: input.targetGroup, mode: input.mode, profile })
  if (!verdict.ok) throw new DomainError('not_eligible', verdict.reasons.map((r) => r.message).join('；'), verdict.reasons)
  // Issue 9: the proxy filing, the no-double-benefit rule from the register, and persons listed twice in the county.
  const proxy = proxyFiling(caller, input.proxyReason)
  const funding = await fundingOfCase(deps.store, household, profile, input.reinclusionReason ?? null)
  const flags = await duplicatePersonFlags(deps.store, household, today)

  const id = deps.newId()
  const filed = newApplication({
    id,
    household,
    house,
    villageName: await regionName(deps.store, household.regionPath),
    applicant: caller.user,
    targetGroup: input.targetGroup,
    mode: input.mode,
    reason: input.reason,
    photoIds: [...new Set(input.photoIds)],
    profile,
    at,
    today,
  })
  const application: Application = { ...filed, proxy, ...funding, flags }

  await deps.store.runTransaction(async (tx) => {
    const fresh = await txCol(tx, 'households').doc(household._id).get()
    if (!fresh) throw new DomainError('not_found')
    if (fresh.activeCaseId) throw new DomainError('duplicate_case', undefined, { caseId: fresh.activeCaseId })
    await claimUploads(tx, caller, { photoIds: application.photoIds, caseId: id })
    await txCol(tx, 'households').doc(household._id).update({ activeCaseId: id })
    await txCol(tx, 'cases').doc(id).set(withoutId(application))
    await indexMembersInTx(tx, household)
    // The other open case learns of this one too, so whichever the township opens first shows the flag.
    for (const flag of flags) {
      if (!flag.otherCaseId) continue
      const other = await txCol(tx, 'cases').doc(flag.otherCaseId).get()
      if (other)
        await txCol(tx, 'cases')
          .doc(other._id)
          .update({ flags: [...other.flags, reverseFlag(flag, household, id)] })
    }
  })
  return application
}

function resolveHousehold(caller: Registered, requested: string | undefined): string {
  if (caller.user.role === 'farmer') {
    const own = caller.user.householdId
    if (!own) throw new DomainError('forbidden', '您的账号尚未关联农户')
    // Another household's id answers as if it did not exist: a farmer learns nothing about other households.
    if (requested && requested !== own) throw new DomainError('not_found')
    return own
  }
  if (!requested) throw new DomainError('bad_input', '请选择代为申请的农户', { field: 'householdId' })
  return requested
}
