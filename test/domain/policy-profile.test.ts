import { HEGANG_2021, LUOZHUANG_2020, PolicyProfile, profileInForce } from '@shared/domain/policy-profile'

describe('built-in profiles', () => {
  it.each([LUOZHUANG_2020, HEGANG_2021])('$id is valid per the schema', (profile) => {
    expect(PolicyProfile.parse(profile)).toEqual(profile)
  })

  it('carries the 2020 district figures', () => {
    expect(LUOZHUANG_2020).toMatchObject({
      id: 'luozhuang-2020',
      effectiveFrom: '2020-02-12',
      targetGroups: ['poor_registered', 'min_allowance', 'dispersed_extreme_poor', 'poor_disabled'],
      coversHouseless: false,
      repairCapFen: 1_700_000,
      rebuildPerM2Fen: 80_000,
      preAllocationFen: { C: 500_000, D: 2_000_000 },
      publicityWorkingDays: 5,
      eligibleGrades: ['C', 'D'],
    })
  })

  it('the 2021 city scheme covers other groups and houseless households', () => {
    expect(HEGANG_2021.targetGroups).toEqual([
      'at_risk',
      'min_allowance',
      'dispersed_extreme_poor',
      'severe_hardship',
      'allowance_marginal',
      'other_poverty_alleviated',
    ])
    expect(HEGANG_2021.coversHouseless).toBe(true)
    expect(HEGANG_2021.repairCapFen).toBe(LUOZHUANG_2020.repairCapFen)
  })

  it('cannot be changed by a caller', () => {
    expect(() => {
      ;(LUOZHUANG_2020 as { repairCapFen: number }).repairCapFen = 1
    }).toThrow(TypeError)
    expect(() => (HEGANG_2021.areaStandard as unknown[]).push({})).toThrow(TypeError)
    expect(LUOZHUANG_2020.repairCapFen).toBe(1_700_000)
  })
})

describe('PolicyProfile schema', () => {
  const valid = { ...LUOZHUANG_2020 }
  it.each([
    ['a float amount', { repairCapFen: 17000.5 }],
    ['a negative amount', { rebuildPerM2Fen: -1 }],
    ['no open-ended area band', { areaStandard: [{ maxPersons: 2, areaM2: 40 }] }],
    [
      'an open band in the middle',
      {
        areaStandard: [
          { maxPersons: null, areaM2: 40 },
          { maxPersons: 4, areaM2: 60 },
        ],
      },
    ],
    [
      'bands out of order',
      {
        areaStandard: [
          { maxPersons: 4, areaM2: 60 },
          { maxPersons: 2, areaM2: 40 },
          { maxPersons: null, areaM2: 80 },
        ],
      },
    ],
    ['an unknown target group', { targetGroups: ['everyone'] }],
    ['a bad inspection date', { inspectionDeadlines: ['4-30'] }],
    ['a bad effective date', { effectiveFrom: '2020/02/12' }],
  ])('refuses %s', (_, change) => {
    expect(PolicyProfile.safeParse({ ...valid, ...change }).success).toBe(false)
  })
})

describe('profileInForce', () => {
  const profiles = [HEGANG_2021, LUOZHUANG_2020]

  it.each([
    ['2020-02-12', 'luozhuang-2020'],
    ['2021-10-25', 'luozhuang-2020'],
    ['2021-10-26', 'hegang-2021'],
    ['2030-01-01', 'hegang-2021'],
  ])('on %s → %s', (date, id) => {
    expect(profileInForce(profiles, date).id).toBe(id)
  })

  it('throws before any profile took effect', () => {
    expect(() => profileInForce(profiles, '2020-02-11')).toThrow(RangeError)
    expect(() => profileInForce([], '2025-01-01')).toThrow(RangeError)
  })

  it('lets the later of two same-day profiles win', () => {
    const amended = { ...LUOZHUANG_2020, id: 'luozhuang-2020-amended' }
    expect(profileInForce([LUOZHUANG_2020, amended], '2020-03-01').id).toBe('luozhuang-2020-amended')
  })

  it('refuses a malformed date', () => {
    expect(() => profileInForce(profiles, '2021-1-1')).toThrow(RangeError)
  })
})
