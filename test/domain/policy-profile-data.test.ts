import { HEGANG_2021, LUOZHUANG_2020, PolicyProfile } from '@shared/domain/policy-profile'

describe('the schemes as data', () => {
  it('dates the district campaign: works complete by 30 April, give-up resettlement by 20 February 2020', () => {
    expect(LUOZHUANG_2020.campaignDeadlines).toEqual({ worksCompleteBy: '2020-04-30', giveUpResettledBy: '2020-02-20' })
    expect(HEGANG_2021.campaignDeadlines).toEqual({ worksCompleteBy: null, giveUpResettledBy: null })
  })

  it('exempts households relocated into flats or renovated since 2018 from appraisal', () => {
    expect(LUOZHUANG_2020.appraisalExemptions).toEqual({ relocatedToFlat: true, renovatedSince: '2018-01-01' })
  })

  it('names the department that verifies each target group (民政 / 乡村振兴 / 残联)', () => {
    expect(LUOZHUANG_2020.verifiedBy.min_allowance).toBe('civil_affairs')
    expect(LUOZHUANG_2020.verifiedBy.dispersed_extreme_poor).toBe('civil_affairs')
    expect(LUOZHUANG_2020.verifiedBy.poor_disabled).toBe('disabled_federation')
    expect(LUOZHUANG_2020.verifiedBy.poor_registered).toBe('rural_revitalisation')
    expect(HEGANG_2021.verifiedBy.at_risk).toBe('rural_revitalisation')
  })

  it('words each double-benefit rule as its scheme does', () => {
    expect(HEGANG_2021.doubleBenefit).toEqual({
      refusedIf: ['disaster_reconstruction'],
      reinclusionAfterSmallDisaster: true,
      higherLevelPaidLocally: false,
    })
    expect(LUOZHUANG_2020.doubleBenefit).toEqual({
      refusedIf: [],
      reinclusionAfterSmallDisaster: false,
      higherLevelPaidLocally: true,
    })
  })

  it('refuses a profile without a department for a group', () => {
    const { min_allowance: _gone, ...rest } = LUOZHUANG_2020.verifiedBy
    expect(PolicyProfile.safeParse({ ...LUOZHUANG_2020, verifiedBy: rest }).success).toBe(false)
    expect(PolicyProfile.safeParse({ ...LUOZHUANG_2020, version: 0 }).success).toBe(false)
  })
})
