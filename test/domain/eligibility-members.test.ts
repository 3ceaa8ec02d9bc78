import { checkEligibility } from '@shared/domain/eligibility'
import { HEGANG_2021, LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { aHouseGraded } from '../factories/house.factory'
import { aHousehold, aPerson, anIdNumber } from '../factories/household.factory'

const codes = (r: ReturnType<typeof checkEligibility>) => (r.ok ? [] : r.reasons.map((x) => x.code))

describe.each([
  ['district', LUOZHUANG_2020],
  ['city', HEGANG_2021],
] as const)('who may apply (%s profile)', (_name, profile) => {
  const check = (household = aHousehold()) =>
    checkEligibility({ household, house: aHouseGraded('D'), targetGroup: 'min_allowance', mode: 'rebuild', profile })

  it('needs the household register to hold distinct persons with valid ID numbers and one head', () => {
    expect(check().ok).toBe(true)
    const twice = aHousehold({
      members: [aPerson({ idNumber: anIdNumber(1) }), aPerson({ relation: 'child', idNumber: anIdNumber(1) })],
    })
    expect(codes(check(twice))).toEqual(['MEMBERS_INCOMPLETE'])
    const headless = aHousehold({ members: [aPerson({ relation: 'spouse' })] })
    expect(codes(check(headless))).toEqual(['MEMBERS_INCOMPLETE'])
    const badCheck = { ...aHousehold(), members: [{ ...aPerson(), idNumber: '110105194912310021' }] }
    expect(codes(check(badCheck))).toEqual(['MEMBERS_INCOMPLETE'])
  })

  it('sends a household not registered in a group to the department that verifies it under the profile', () => {
    const r = checkEligibility({
      household: aHousehold({ targetGroups: [] }),
      house: aHouseGraded('D'),
      targetGroup: 'min_allowance',
      mode: 'rebuild',
      profile,
    })
    expect(r.ok ? '' : r.reasons.find((x) => x.code === 'TARGET_GROUP_NOT_REGISTERED')?.message).toContain('民政部门')
  })
})

describe('target groups per profile', () => {
  it('covers 易返贫致贫户 under the city profile only, and 建档立卡贫困户 under the district profile only', () => {
    const household = aHousehold({ targetGroups: ['at_risk', 'poor_registered'] })
    const run = (profile: typeof LUOZHUANG_2020, targetGroup: 'at_risk' | 'poor_registered') =>
      codes(checkEligibility({ household, house: aHouseGraded('D'), targetGroup, mode: 'rebuild', profile }))
    expect(run(HEGANG_2021, 'at_risk')).toEqual([])
    expect(run(LUOZHUANG_2020, 'at_risk')).toEqual(['TARGET_GROUP_NOT_COVERED'])
    expect(run(LUOZHUANG_2020, 'poor_registered')).toEqual([])
    expect(run(HEGANG_2021, 'poor_registered')).toEqual(['TARGET_GROUP_NOT_COVERED'])
  })
})
