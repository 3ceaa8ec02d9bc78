import { exemptionAllowed } from '@shared/domain/appraisal-exemption'
import { LUOZHUANG_2020, type PolicyProfile } from '@shared/domain/policy-profile'

describe('appraisal exemption (免鉴定) from the profile', () => {
  it('exempts a household relocated into a flat', () => {
    expect(exemptionAllowed(LUOZHUANG_2020, { kind: 'relocated_to_flat' })).toEqual({ ok: true })
  })

  it('exempts a house renovated since 2018, not one renovated before', () => {
    expect(exemptionAllowed(LUOZHUANG_2020, { kind: 'renovated', acceptedOn: '2018-01-01' })).toEqual({ ok: true })
    expect(exemptionAllowed(LUOZHUANG_2020, { kind: 'renovated', acceptedOn: '2017-12-31' })).toMatchObject({ ok: false })
  })

  it('exempts nobody under a profile without the rules', () => {
    const none: PolicyProfile = { ...LUOZHUANG_2020, appraisalExemptions: { relocatedToFlat: false, renovatedSince: null } }
    expect(exemptionAllowed(none, { kind: 'relocated_to_flat' })).toMatchObject({ ok: false })
    expect(exemptionAllowed(none, { kind: 'renovated', acceptedOn: '2024-05-01' })).toMatchObject({ ok: false })
  })
})
