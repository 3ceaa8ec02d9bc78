import type { Mode } from '@shared/schemas/application'
import { House } from '@shared/schemas/house'
import { Household } from '@shared/schemas/household'
import { checkEligibility } from '@shared/domain/eligibility'
import type { EligibilityInput } from '@shared/domain/eligibility'
import { HEGANG_2021, LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { aGrade, aHouse, aHouseGraded } from '../factories/house.factory'
import { aHousehold, aHouseholdOfSize, anIdNumber } from '../factories/household.factory'

const houseless = () => aHousehold({ houseIds: [] })

function check(overrides: Partial<EligibilityInput> = {}) {
  return checkEligibility({
    household: aHousehold(),
    house: aHouseGraded('D'),
    targetGroup: 'min_allowance',
    mode: 'rebuild',
    profile: LUOZHUANG_2020,
    ...overrides,
  })
}
const codes = (r: ReturnType<typeof checkEligibility>) => (r.ok ? [] : r.reasons.map((x) => x.code))

describe('factories', () => {
  it('produce valid, linked records', () => {
    const household = aHouseholdOfSize(5)
    const house = aHouse()
    expect(Household.parse(household)).toEqual(household)
    expect(House.parse(house)).toEqual(house)
    expect(household.members).toHaveLength(5)
    expect(house.householdId).toBe(household._id)
    expect(household.houseIds).toContain(house._id)
    expect(household.region).toEqual({ county: '371311', township: '371311.101', village: '371311.101.201' })
  })

  it('derive the region from the region path', () => {
    expect(aHousehold({ regionPath: '371311.102.305' }).region.township).toBe('371311.102')
    expect(aHouse({ regionPath: '371311.102.305' }).region.village).toBe('371311.102.305')
  })

  it('make ID numbers with a correct check character', () => {
    expect(anIdNumber(1)).toMatch(/^\d{17}[\dX]$/)
    expect(new Set(Array.from({ length: 50 }, (_, i) => anIdNumber(i))).size).toBe(50)
    expect(anIdNumber(2, '19491231', '110105')).toBe('11010519491231002X') // the GB 11643 worked example
  })
})

describe('checkEligibility: the happy paths', () => {
  it.each([
    ['C', 'repair'],
    ['C', 'public_rental'],
    ['C', 'rent_swap'],
    ['C', 'resettle'],
    ['D', 'rebuild'],
    ['D', 'new_site'],
    ['D', 'public_rental'],
    ['D', 'rent_swap'],
    ['D', 'resettle'],
  ] as const)('%s house, %s', (grade, mode) => {
    expect(check({ house: aHouseGraded(grade), mode })).toEqual({ ok: true })
  })

  it.each(['new_site', 'public_rental', 'rent_swap', 'resettle'] as const)(
    'a houseless household under the 2021 scheme may choose %s',
    (mode) => {
      expect(check({ household: houseless(), house: null, mode, profile: HEGANG_2021 })).toEqual({ ok: true })
    },
  )
})

describe('checkEligibility: target group', () => {
  it('must be covered by the profile', () => {
    const household = aHousehold({ targetGroups: ['severe_hardship'] })
    const r = check({ household, targetGroup: 'severe_hardship' })
    expect(codes(r)).toEqual(['TARGET_GROUP_NOT_COVERED'])
    expect(check({ household, targetGroup: 'severe_hardship', profile: HEGANG_2021 })).toEqual({ ok: true })
  })

  it('must be registered for the household', () => {
    expect(codes(check({ targetGroup: 'poor_disabled' }))).toEqual(['TARGET_GROUP_NOT_REGISTERED'])
  })

  it('both failures are reported together', () => {
    expect(codes(check({ targetGroup: 'at_risk' }))).toEqual(['TARGET_GROUP_NOT_COVERED', 'TARGET_GROUP_NOT_REGISTERED'])
  })
})

describe('checkEligibility: the house', () => {
  it('must belong to the household', () => {
    expect(codes(check({ house: aHouseGraded('D', { householdId: 'hh-2' }) }))).toEqual(['HOUSE_NOT_OWNED'])
    // Listed on the house but not on the household (or the reverse) is not ownership either.
    expect(codes(check({ household: aHousehold({ houseIds: ['house-9'] }) }))).toContain('HOUSE_NOT_OWNED')
  })

  it('must be the only house', () => {
    expect(codes(check({ household: aHousehold({ houseIds: ['house-1', 'house-2'] }) }))).toEqual(['NOT_ONLY_HOUSE'])
  })

  it.each(['A', 'B'] as const)('a %s house is not eligible', (grade) => {
    const r = check({ house: aHouseGraded(grade), mode: 'repair' })
    expect(codes(r)).toEqual(['GRADE_NOT_ELIGIBLE'])
    expect(r.ok ? '' : r.reasons[0]!.message).toContain('C级或D级')
  })

  it('must have been appraised', () => {
    expect(codes(check({ house: aHouse({ grades: [] }) }))).toEqual(['HOUSE_NOT_APPRAISED'])
  })

  it('the latest appraisal counts, whatever order they were recorded in', () => {
    const repairedThenDamaged = aHouse({ grades: [aGrade('D', '2024-05-01'), aGrade('B', '2019-06-01')] })
    expect(check({ house: repairedThenDamaged })).toEqual({ ok: true })

    const repaired = aHouse({ grades: [aGrade('D', '2019-06-01'), aGrade('B', '2020-05-01')] })
    expect(codes(check({ house: repaired }))).toEqual(['GRADE_NOT_ELIGIBLE'])
  })

  it('on the same day, the appraisal recorded last counts', () => {
    const sameDay = aHouse({ grades: [aGrade('C', '2025-03-01'), aGrade('D', '2025-03-01')] })
    expect(check({ house: sameDay, mode: 'rebuild' })).toEqual({ ok: true })
    expect(codes(check({ house: sameDay, mode: 'repair' }))).toEqual(['MODE_NOT_ALLOWED'])
  })
})

describe('checkEligibility: no house', () => {
  it('only if the household really has none', () => {
    expect(codes(check({ house: null, mode: 'new_site', profile: HEGANG_2021 }))).toEqual(['HOUSE_NOT_CHOSEN'])
  })

  it('not under the 2020 district scheme, which covers only dangerous houses', () => {
    expect(codes(check({ household: houseless(), house: null, mode: 'new_site' }))).toEqual(['HOUSELESS_NOT_COVERED'])
  })

  it.each(['repair', 'rebuild'] as const)('cannot choose %s', (mode) => {
    expect(codes(check({ household: houseless(), house: null, mode, profile: HEGANG_2021 }))).toEqual(['MODE_NOT_ALLOWED'])
  })
})

describe('checkEligibility: mode must fit the grade', () => {
  it.each([
    ['C', 'rebuild'],
    ['C', 'new_site'],
    ['D', 'repair'],
  ] as const)('%s house cannot choose %s', (grade, mode) => {
    const r = check({ house: aHouseGraded(grade), mode })
    expect(codes(r)).toEqual(['MODE_NOT_ALLOWED'])
  })

  it('tells the farmer what they may choose instead, in Chinese', () => {
    const r = check({ house: aHouseGraded('C'), mode: 'rebuild' })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.reasons[0]!.message).toBe(
        'C级危房不能选择“拆除重建”，可以选择：加固改造、农村集体公租房、租赁/置换、集中安置/子女赡养/租赁安置。',
      )
  })

  it('is not checked when the grade already rules the house out', () => {
    expect(codes(check({ house: aHouseGraded('B'), mode: 'rebuild' }))).toEqual(['GRADE_NOT_ELIGIBLE'])
  })

  it('every grade × mode combination gives a definite answer', () => {
    const modes: Mode[] = ['repair', 'rebuild', 'new_site', 'public_rental', 'rent_swap', 'resettle']
    for (const grade of ['A', 'B', 'C', 'D'] as const) {
      for (const mode of modes) {
        const r = check({ house: aHouseGraded(grade), mode })
        if (!r.ok) for (const reason of r.reasons) expect(reason.message).toMatch(/[\u4e00-\u9fa5]/)
      }
    }
  })
})

describe('checkEligibility: everything wrong at once', () => {
  it('lists every reason', () => {
    const r = check({
      household: aHousehold({ houseIds: ['house-1', 'house-2'], targetGroups: [] }),
      house: aHouseGraded('A', { householdId: 'hh-9' }),
      targetGroup: 'at_risk',
    })
    expect(codes(r)).toEqual([
      'TARGET_GROUP_NOT_COVERED',
      'TARGET_GROUP_NOT_REGISTERED',
      'HOUSE_NOT_OWNED',
      'NOT_ONLY_HOUSE',
      'GRADE_NOT_ELIGIBLE',
    ])
  })
})
