import { DomainError } from '../domain/errors'
import type { HouseholdOption } from '../api/views'
import { modesAllowed } from '../domain/eligibility'
import { latestGrade } from '../domain/house-record'
import { regionField } from '../domain/jurisdiction'
import { DEPARTMENT_LABEL } from '../domain/policy-profile'
import { cmp } from '../ports/document-store'
import type { Household } from '../schemas/household'
import { col } from './collections'
import type { Deps, Registered } from './deps'
import { nowOf } from './clock-view'
import { mustGet, regionName } from './load'
import type { Page, PageRequest } from './paging'
import { profileInForceFor } from './profiles'

async function toOption(deps: Deps, household: Household): Promise<HouseholdOption> {
  const houses = household.houseIds.length
    ? await col(deps.store, 'houses')
        .where({ _id: cmp.in(household.houseIds) })
        .limit(50)
        .get()
    : []
  const profile = await profileInForceFor(deps, household.region.county, nowOf(deps).today)
  return {
    _id: household._id,
    headName: household.headName,
    villageName: await regionName(deps.store, household.regionPath),
    targetGroups: household.targetGroups,
    houses: houses.map((h) => {
      const grade = latestGrade(h)?.grade ?? null
      return { _id: h._id, address: h.address, grade, modes: [...modesAllowed({ grade }, profile)] }
    }),
    houselessModes: [...modesAllowed(null, profile)],
    reinclusionAllowed: profile.doubleBenefit.reinclusionAfterSmallDisaster,
    activeCaseId: household.activeCaseId ?? null,
    profileGroups: profile.targetGroups.map((group) => ({ group, department: DEPARTMENT_LABEL[profile.verifiedBy[group]] })),
  }
}

/** The farmer's own household, to fill the application form. */
export async function myHousehold(deps: Deps, caller: Registered): Promise<HouseholdOption> {
  if (!caller.user.householdId) throw new DomainError('forbidden', '您的账号尚未关联农户')
  return toOption(deps, await mustGet(deps.store, 'households', caller.user.householdId))
}

/** Households of the village official's jurisdiction, by id, to apply on behalf of one. */
export async function householdsInJurisdiction(
  deps: Deps,
  caller: Registered,
  page: PageRequest,
): Promise<Page<HouseholdOption>> {
  const where = {
    [regionField(caller.user.regionPath)]: caller.user.regionPath,
    ...(page.after ? { _id: cmp.gt(page.after) } : {}),
  }
  const rows = await col(deps.store, 'households')
    .where(where)
    .orderBy('_id', 'asc')
    .limit(page.limit + 1)
    .get()
  const items = rows.slice(0, page.limit)
  return {
    items: await Promise.all(items.map((h) => toOption(deps, h))),
    next: rows.length > page.limit ? items[items.length - 1]!._id : null,
  }
}
