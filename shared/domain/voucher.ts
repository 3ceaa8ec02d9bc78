import { normaliseText } from './text'

/**
 * A voucher number as the county books it: `pz2026－0002` typed on a phone and `PZ2026-0002` from the
 * bank slip are one voucher, so the same payment cannot be booked twice by retyping it. Unlike prose,
 * every mark is folded by full NFKC ('－' is '-').
 */
export function normaliseVoucherNo(raw: string): string {
  return normaliseText(raw.normalize('NFKC'), { multiline: false }).toUpperCase()
}

/** A voucher names a document, so it has at least one letter or digit. */
export function isVoucherNo(normalised: string): boolean {
  return /[\p{L}\p{N}]/u.test(normalised)
}
