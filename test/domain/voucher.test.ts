import { normaliseVoucherNo } from '@shared/domain/voucher'
import { VoucherNo } from '@shared/schemas/text'

/** One voucher, however it was typed: the county books each at most once. */
describe('voucher numbers', () => {
  it.each([
    'PZ2026-0002',
    'pz2026-0002',
    'PZ2026－0002',
    'ＰＺ2026-0002',
    'PZ2026-0002\u200b',
    ' PZ2026-0002\t',
    'P\u200dZ2026-0002',
  ])('%j is PZ2026-0002', (typed) => {
    expect(normaliseVoucherNo(typed)).toBe('PZ2026-0002')
    expect(VoucherNo.parse(typed)).toBe('PZ2026-0002')
  })

  it.each(['', '   ', '\u200b\u200b', '----', '＃＃'])('refuses %j: a voucher needs a letter or a digit', (typed) => {
    const parsed = VoucherNo.safeParse(typed)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toMatch(/凭证号/)
  })

  it('refuses one longer than 60 characters after normalisation', () => {
    expect(VoucherNo.safeParse('P'.repeat(61)).success).toBe(false)
    expect(VoucherNo.safeParse(`${'P'.repeat(60)}\u200b`).success).toBe(true)
  })
})
