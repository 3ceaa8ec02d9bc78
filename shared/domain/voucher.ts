import { hasRealContent, normaliseText } from './text'

/**
 * A voucher number as the county books it: `pz2026－0002` typed on a phone and `PZ2026-0002` from the
 * bank slip are one voucher, so the same payment cannot be booked twice by retyping it. Unlike prose,
 * every mark is folded by full NFKC ('－' is '-').
 */
export function normaliseVoucherNo(raw: string): string {
  return normaliseText(raw.normalize('NFKC'), { multiline: false }).toUpperCase()
}

/**
 * A voucher names a document, so it has at least one letter or digit. After NFKC every digit a Chinese
 * keyboard types is ASCII, and the letter test is shared with free text (the mini-program's build spells
 * each Unicode class out, so one class is cheaper than two).
 */
export function isVoucherNo(normalised: string): boolean {
  return /[0-9]/.test(normalised) || hasRealContent(normalised)
}
