import { checkDoubleBenefit, doubleBenefitRuleText, type PriorBenefit } from '@shared/domain/double-benefit'
import { HEGANG_2021, LUOZHUANG_2020, type PolicyProfile } from '@shared/domain/policy-profile'

const line = (over: Partial<PriorBenefit> = {}): PriorBenefit => ({
  _id: 'b-1',
  programme: 'dilapidated_renovation',
  year: 2019,
  amountFen: 1_200_000,
  source: 'provincial',
  ...over,
})

const verdict = (profile: PolicyProfile, benefits: PriorBenefit[], more: { higher?: boolean; reason?: string } = {}) =>
  checkDoubleBenefit({
    profile,
    benefits,
    receivedHigherLevelSubsidy: more.higher ?? false,
    reinclusionReason: more.reason ?? null,
  })

describe('no double benefit: city scheme (鹤岗 2021)', () => {
  it('refuses a household already in the disaster-reconstruction subsidy, with the explanation', () => {
    const v = verdict(HEGANG_2021, [line({ _id: 'b-dc', programme: 'disaster_reconstruction', source: 'central' })])
    expect(v).toMatchObject({ ok: false, code: 'ALREADY_IN_PROGRAMME', benefitIds: ['b-dc'] })
    if (!v.ok) expect(v.message).toContain('因灾倒损农房恢复重建')
    if (!v.ok) expect(v.message).toContain('不得重复享受')
  })

  it('refuses a house renovated before unless a small natural disaster made it dangerous again', () => {
    expect(verdict(HEGANG_2021, [line()])).toMatchObject({ ok: false, code: 'RENOVATED_BEFORE', benefitIds: ['b-1'] })
  })

  it('includes a house renovated before again after a small natural disaster and records it as a re-inclusion', () => {
    const v = verdict(HEGANG_2021, [line()], { reason: '2025年7月暴雨致后墙倒塌' })
    expect(v).toEqual({
      ok: true,
      fundingSource: 'higher_level',
      fundingReason: '',
      reinclusion: { reason: '2025年7月暴雨致后墙倒塌', priorBenefitIds: ['b-1'] },
    })
  })

  it('does not move a household with higher-level money to local finance (the city scheme has no such rule)', () => {
    expect(verdict(HEGANG_2021, [line({ programme: 'relocation', source: 'central' })], { higher: true })).toMatchObject({
      ok: true,
      fundingSource: 'higher_level',
      reinclusion: null,
    })
  })
})

describe('no double benefit: district scheme (罗庄 2020)', () => {
  it('funds a household that already received central/provincial/municipal housing money from local finance, saying why', () => {
    const v = verdict(LUOZHUANG_2020, [line({ source: 'municipal', year: 2018, amountFen: 800_000 })])
    expect(v).toMatchObject({ ok: true, fundingSource: 'local', reinclusion: null })
    if (v.ok)
      expect(v.fundingReason).toBe(
        '已享受过2018年农村危房改造（市级资金¥8,000.00），不得重复享受上级专项补助资金，由本级财政补助。',
      )
  })

  it("reads the household record's own higher-level mark as such money", () => {
    expect(verdict(LUOZHUANG_2020, [], { higher: true })).toMatchObject({ ok: true, fundingSource: 'local' })
  })

  it('keeps higher-level funds for county-level money and for an empty register', () => {
    expect(verdict(LUOZHUANG_2020, [line({ source: 'county' })])).toMatchObject({ ok: true, fundingSource: 'higher_level' })
    expect(verdict(LUOZHUANG_2020, [])).toMatchObject({ ok: true, fundingSource: 'higher_level' })
  })

  it('does not refuse a household already in the disaster-reconstruction subsidy (the district scheme has no such rule)', () => {
    const v = verdict(LUOZHUANG_2020, [line({ programme: 'disaster_reconstruction', source: 'central' })])
    expect(v).toMatchObject({ ok: true, fundingSource: 'local' })
  })
})

describe('the rule in words', () => {
  it('states each profile’s rule', () => {
    expect(doubleBenefitRuleText(HEGANG_2021)).toContain('因灾倒损农房恢复重建')
    expect(doubleBenefitRuleText(HEGANG_2021)).toContain('再次纳入')
    expect(doubleBenefitRuleText(LUOZHUANG_2020)).toContain('由本级财政进行补助')
    expect(doubleBenefitRuleText(LUOZHUANG_2020)).not.toContain('因灾倒损')
  })
})
