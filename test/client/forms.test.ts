import { validateApplyForm, type ApplyForm } from '../../client/utils/apply-form'
import { validatePayForm, type PayForm } from '../../client/utils/pay-form'
import { cloudPathFor } from '../../client/services/upload-core'
import { runningUntil } from '../../client/utils/publicity'

const filled: ApplyForm = {
  householdId: null,
  house: 'house-1',
  targetGroup: 'min_allowance',
  mode: 'repair',
  reason: '墙体开裂，屋顶漏雨',
  photoIds: [],
}

describe('application form', () => {
  it('builds the exact SubmitApplicationInput for a farmer (no householdId)', () => {
    expect(validateApplyForm(filled, { onBehalf: false })).toEqual({
      ok: true,
      input: { houseId: 'house-1', targetGroup: 'min_allowance', mode: 'repair', reason: '墙体开裂，屋顶漏雨', photoIds: [] },
    })
  })

  it('sends houseId null for a household with no house', () => {
    const r = validateApplyForm({ ...filled, house: 'none' }, { onBehalf: false })
    expect(r.ok && r.input.houseId).toBeNull()
  })

  it('names every missing choice in plain Chinese', () => {
    const r = validateApplyForm(
      { householdId: null, house: null, targetGroup: null, mode: null, reason: '漏', photoIds: [] },
      { onBehalf: true },
    )
    expect(r).toEqual({
      ok: false,
      errors: {
        householdId: '请选择为哪一户申请',
        houseId: '请选择房屋（没有房屋的请选“无房”）',
        targetGroup: '请选择保障对象类别',
        mode: '请选择改造方式',
        reason: '请说明申请理由（至少4个字）',
        proxyReason: '请写明代为申请的原因（如本人失能失智无法申请）',
      },
    })
  })

  it('includes the household and the proxy reason when the village committee applies on its behalf', () => {
    const r = validateApplyForm({ ...filled, householdId: 'hh-9', proxyReason: '户主失能卧床' }, { onBehalf: true })
    expect(r.ok && [r.input.householdId, r.input.proxyReason]).toEqual(['hh-9', '户主失能卧床'])
  })

  it('sends a re-inclusion account only when one is written', () => {
    const blank = validateApplyForm({ ...filled, reinclusionReason: '  ' }, { onBehalf: false })
    expect(blank.ok && Object.keys(blank.input)).not.toContain('reinclusionReason')
    expect(blank.ok).toBe(true)
    const r = validateApplyForm({ ...filled, reinclusionReason: '暴雨后后墙开裂' }, { onBehalf: false })
    expect(r.ok && r.input.reinclusionReason).toBe('暴雨后后墙开裂')
  })
})

describe('payment form', () => {
  const form: PayForm = {
    amountYuan: '5000.50',
    stage: 'start',
    fundingSource: 'local',
    paidOn: '2025-11-25',
    voucherNo: ' PZ-001 ',
  }

  it('converts yuan to fen exactly', () => {
    expect(validatePayForm('c1', form, 1_700_000)).toEqual({
      ok: true,
      input: {
        caseId: 'c1',
        amountFen: 500_050,
        stage: 'start',
        fundingSource: 'local',
        paidOn: '2025-11-25',
        voucherNo: 'PZ-001',
      },
    })
  })

  it('refuses amounts that are not exact, zero, or above what is left', () => {
    const errorOf = (amountYuan: string, remaining: number | null = 1_000_000) => {
      const r = validatePayForm('c1', { ...form, amountYuan }, remaining)
      return r.ok ? null : r.errors.amountFen
    }
    expect(errorOf('12.345')).toMatch(/正确的金额/)
    expect(errorOf('-5')).toMatch(/正确的金额/)
    expect(errorOf('')).toBe('请填写金额')
    expect(errorOf('0')).toBe('金额必须大于0')
    expect(errorOf('10000.01')).toBe('超过尚未拨付的补助金额')
    expect(errorOf('10000.00')).toBeNull()
    expect(errorOf('99999', null)).toBeNull()
  })

  it('asks for stage, source and voucher', () => {
    const r = validatePayForm('c1', { ...form, stage: null, fundingSource: null, voucherNo: '  ' }, null)
    expect(r.ok ? {} : r.errors).toEqual({ stage: '请选择款项', fundingSource: '请选择资金来源', voucherNo: '请填写凭证号' })
  })
})

describe('small helpers', () => {
  it('holds an approval back through the last day of publicity, inclusive', () => {
    expect(runningUntil('2025-12-01', '2025-12-01')).toBe('2025-12-01')
    expect(runningUntil('2025-12-01', '2025-12-02')).toBeNull()
    expect(runningUntil(null, '2025-12-01')).toBeNull()
  })

  it('puts photos under a dated folder with their extension', () => {
    const p = cloudPathFor('wxfile://tmp/abc.PNG', new Date('2025-11-25T10:00:00Z'), () => 0.5)
    expect(p).toMatch(/^applications\/2025-11-25\/[a-z0-9]+-[a-z0-9]+\.png$/)
  })
})
