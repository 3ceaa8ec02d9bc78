import { dueChoices, dueTotal, signedFen, toggled } from '../../client/utils/funds'
import { validateSettleForm } from '../../client/utils/settle-form'

const group = (township: string, townshipName: string, stage: 'start' | 'structure', count: number, totalFen: number) => ({
  township,
  townshipName,
  stage,
  status: 'due' as const,
  count,
  totalFen,
  earliestDueOn: '2026-12-01',
})
const groups = [
  group('441802.001', '城关镇', 'start', 2, 1_000_000),
  group('441802.001', '城关镇', 'structure', 1, 300_000),
  group('441802.002', '河口镇', 'start', 3, 1_500_000),
]

describe('funds desk helpers', () => {
  it('shows a negative held or allocated figure with a minus, never throws on it', () => {
    expect(signedFen(-12_345)).toBe('-¥123.45')
    expect(signedFen(0)).toBe('¥0.00')
  })

  it('picks a household on one tap and drops it on the next', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggled(['a', 'b'], 'a')).toEqual(['b'])
  })

  it('offers each township and stage of the due payments once', () => {
    expect(dueChoices(groups)).toEqual({
      townships: [
        { value: '441802.001', label: '城关镇' },
        { value: '441802.002', label: '河口镇' },
      ],
      stages: ['start', 'structure'],
    })
  })

  it('counts what a batch of the filter would take, null meaning all', () => {
    expect(dueTotal(groups, null, null)).toEqual({ count: 6, totalFen: 2_800_000 })
    expect(dueTotal(groups, '441802.001', null)).toEqual({ count: 3, totalFen: 1_300_000 })
    expect(dueTotal(groups, null, 'start')).toEqual({ count: 5, totalFen: 2_500_000 })
    expect(dueTotal(groups, '441802.002', 'structure')).toEqual({ count: 0, totalFen: 0 })
  })
})

describe('settlement form', () => {
  const form = { costYuan: '48000.50', areaM2: '60.5', reviewRef: 'PS2026-018号' }

  it('builds the exact settle input, the yuan turned into fen', () => {
    expect(validateSettleForm('c1', form, true)).toEqual({
      ok: true,
      input: { caseId: 'c1', costFen: 4_800_050, builtAreaM2: 60.5, reviewRef: 'PS2026-018号' },
    })
    expect(validateSettleForm('c1', { ...form, areaM2: '' }, false)).toEqual({
      ok: true,
      input: { caseId: 'c1', costFen: 4_800_050, builtAreaM2: null, reviewRef: 'PS2026-018号' },
    })
  })

  it('names each problem in plain Chinese', () => {
    const r = validateSettleForm('c1', { costYuan: '', areaM2: '六十', reviewRef: '' }, true)
    expect(r.ok ? null : r.errors).toEqual({
      costFen: '请填写结算金额',
      builtAreaM2: '请填写数字，最多两位小数，例如 60 或 60.5',
      reviewRef: '请填写评审报告编号',
    })
    const zero = validateSettleForm('c1', { ...form, costYuan: '0' }, false)
    expect(zero.ok ? null : zero.errors.costFen).toBe('结算金额必须大于0')
    const cents = validateSettleForm('c1', { ...form, costYuan: '1.234' }, false)
    expect(cents.ok ? null : cents.errors.costFen).toMatch(/正确的金额/)
  })
})
