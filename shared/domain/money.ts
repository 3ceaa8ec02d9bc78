/**
 * Money is integer fen (分). Floats cannot hold 0.1 yuan exactly, and a ledger that audits for
 * deductions (克扣) must add up to the fen, so conversions go through decimal strings, never `* 100`.
 */

/** Non-negative safe integer: the only shape an amount may have anywhere in the system. */
export function assertFen(n: unknown): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`expected an amount in fen (a non-negative integer), got ${String(n)}`)
  }
}

const YUAN_RE = /^(\d+)(?:\.(\d{1,2}))?$/

/** '17000' → 1700000, '17000.5' → 1700050, '0.01' → 1. Refuses anything it cannot convert exactly. */
export function yuanToFen(yuan: string | number): number {
  if (typeof yuan === 'number' && !Number.isFinite(yuan)) throw new RangeError(`not an amount: ${yuan}`)
  // String(0.1 + 0.2) is '0.30000000000000004': a float that is not what it looks like is refused, not rounded.
  const text = typeof yuan === 'number' ? String(yuan) : yuan.trim()
  const m = YUAN_RE.exec(text)
  if (!m) {
    throw new RangeError(`not an amount in yuan with at most 2 decimals and no sign: ${JSON.stringify(yuan)}`)
  }
  const fen = Number(m[1] + (m[2] ?? '').padEnd(2, '0'))
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${text}`)
  return fen
}

/** 1700000 → '17000.00' */
export function fenToYuan(fen: number): string {
  assertFen(fen)
  const cents = fen % 100
  return `${(fen - cents) / 100}.${String(cents).padStart(2, '0')}`
}

/** 1700000 → '¥17,000.00'. Grouped by hand: toLocaleString differs between WeChat's JS engines. */
export function formatFen(fen: number): string {
  const [whole, cents] = fenToYuan(fen).split('.')
  return `¥${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`
}

export function sumFen(list: readonly number[]): number {
  let total = 0
  for (const n of list) {
    assertFen(n)
    total += n
    // Past 2^53 additions stop being exact; better to fail than to lose a fen silently.
    if (!Number.isSafeInteger(total)) throw new RangeError('sum of amounts is too large to be exact')
  }
  return total
}
