import { HEGANG_2021, LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { preAllocationFen, remainingFen, standardAreaM2, subsidyCapFen } from '@shared/domain/subsidy'

const profile = LUOZHUANG_2020

describe('standardAreaM2', () => {
  it.each([
    [1, 40],
    [2, 40],
    [3, 60],
    [4, 60],
    [5, 80],
    [8, 80],
    [30, 80],
  ])('%d persons → %d m²', (size, area) => {
    expect(standardAreaM2(size, profile)).toBe(area)
  })

  it.each([0, -1, 2.5, NaN])('refuses a household of %p persons', (size) => {
    expect(() => standardAreaM2(size, profile)).toThrow(RangeError)
  })
})

describe('subsidyCapFen', () => {
  it.each([
    // grade, mode, persons, area, cap in fen
    ['C', 'repair', 3, undefined, 1_700_000],
    ['C', 'repair', 8, 200, 1_700_000],
    ['D', 'rebuild', 1, undefined, 3_200_000], // 40 m² × 800
    ['D', 'rebuild', 2, undefined, 3_200_000],
    ['D', 'rebuild', 3, undefined, 4_800_000], // 60 m² × 800
    ['D', 'rebuild', 4, undefined, 4_800_000],
    ['D', 'rebuild', 5, undefined, 6_400_000], // 80 m² × 800
    ['D', 'rebuild', 8, undefined, 6_400_000],
    ['D', 'rebuild', 3, 120, 4_800_000], // a larger house is subsidised only for the standard area
    ['D', 'new_site', 3, 120, 4_800_000],
    ['D', 'rebuild', 3, 50, 4_000_000], // a smaller house, its own area
    ['D', 'rebuild', 3, 58.35, 4_668_000], // fractional area, no float drift
    ['D', 'rebuild', 2, 35.123, 2_809_600], // measured to 0.01 m²: 35.12 × 800
    [null, 'new_site', 5, undefined, 6_400_000], // a houseless household building a main house
  ] as const)('%s %s, %d persons, %p m² → %d fen', (grade, mode, householdSize, floorAreaM2, cap) => {
    expect(subsidyCapFen({ grade, mode, householdSize, floorAreaM2, profile })).toBe(cap)
  })

  it('rounds down to the whole fen', () => {
    const odd = { ...profile, rebuildPerM2Fen: 333 }
    // 12.34 m² × 3.33 yuan = 41.0922 yuan → 4109 fen
    expect(subsidyCapFen({ grade: 'D', mode: 'rebuild', householdSize: 1, floorAreaM2: 12.34, profile: odd })).toBe(4109)
  })

  it.each(['public_rental', 'rent_swap', 'resettle'] as const)('%s has no cap from the profile', (mode) => {
    expect(subsidyCapFen({ grade: 'C', mode, householdSize: 3, profile })).toBeNull()
    expect(subsidyCapFen({ grade: 'D', mode, householdSize: 3, profile })).toBeNull()
    expect(subsidyCapFen({ grade: null, mode, householdSize: 3, profile })).toBeNull()
  })

  it.each([
    ['D', 'repair'],
    ['C', 'rebuild'],
    ['C', 'new_site'],
    ['B', 'repair'],
    ['A', 'rebuild'],
    [null, 'repair'],
    [null, 'rebuild'],
  ] as const)('refuses %s + %s, which eligibility never lets through', (grade, mode) => {
    expect(() => subsidyCapFen({ grade, mode, householdSize: 3, profile })).toThrow(RangeError)
  })

  it('refuses a non-positive area', () => {
    for (const floorAreaM2 of [0, -10, NaN, Infinity]) {
      expect(() => subsidyCapFen({ grade: 'D', mode: 'rebuild', householdSize: 3, floorAreaM2, profile })).toThrow(RangeError)
    }
  })

  it('reads its figures from the profile, not constants', () => {
    const other = { ...HEGANG_2021, repairCapFen: 2_000_000, rebuildPerM2Fen: 100_000 }
    expect(subsidyCapFen({ grade: 'C', mode: 'repair', householdSize: 1, profile: other })).toBe(2_000_000)
    expect(subsidyCapFen({ grade: 'D', mode: 'rebuild', householdSize: 4, profile: other })).toBe(6_000_000)
  })

  it('is always a whole number of fen for many areas', () => {
    for (let centi = 1; centi <= 12_000; centi += 37) {
      const cap = subsidyCapFen({ grade: 'D', mode: 'rebuild', householdSize: 5, floorAreaM2: centi / 100, profile })!
      expect(Number.isSafeInteger(cap)).toBe(true)
      expect(cap).toBeLessThanOrEqual(6_400_000)
      expect(cap).toBe(Math.min(centi, 8000) * 800)
    }
  })
})

describe('preAllocationFen', () => {
  it('by grade', () => {
    expect(preAllocationFen('C', profile)).toBe(500_000)
    expect(preAllocationFen('D', profile)).toBe(2_000_000)
    expect(preAllocationFen('B', profile)).toBeNull()
    expect(preAllocationFen(null, profile)).toBeNull()
  })

  it('by grade and mode: nothing to start when nothing is built', () => {
    expect(preAllocationFen('C', profile, 'repair')).toBe(500_000)
    expect(preAllocationFen('D', profile, 'new_site')).toBe(2_000_000)
    expect(preAllocationFen(null, profile, 'new_site')).toBe(2_000_000)
    expect(preAllocationFen('D', profile, 'rent_swap')).toBeNull()
    expect(() => preAllocationFen('C', profile, 'rebuild')).toThrow(RangeError)
  })
})

describe('remainingFen', () => {
  it('is the cap less what was paid', () => {
    expect(remainingFen(1_700_000, 0)).toBe(1_700_000)
    expect(remainingFen(1_700_000, 500_000)).toBe(1_200_000)
    expect(remainingFen(1_700_000, 1_700_000)).toBe(0)
    expect(remainingFen(null, 500_000)).toBeNull()
  })

  it('treats overpayment as an error, not as zero', () => {
    expect(() => remainingFen(1_700_000, 1_700_001)).toThrow(RangeError)
  })

  it('refuses amounts that are not fen', () => {
    expect(() => remainingFen(1_700_000, 0.5)).toThrow(RangeError)
    expect(() => remainingFen(-1, 0)).toThrow(RangeError)
    expect(() => remainingFen(null, -1)).toThrow(RangeError)
  })
})
