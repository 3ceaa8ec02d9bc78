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

const DIGIT = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const SMALL_UNIT = ['', '拾', '佰', '仟']
const BIG_UNIT = ['', '万', '亿', '万亿']

/** One group of four digits (0..9999) in words; zeros inside the group collapse to one 零, trailing zeros vanish. */
function groupInWords(n: number): string {
  let out = ''
  let zero = false
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10
    if (d === 0) {
      zero = out !== ''
      continue
    }
    if (zero) out += '零'
    zero = false
    out += DIGIT[d] + SMALL_UNIT[i]
  }
  return out
}

/**
 * The amount in capital numerals (大写), as a voucher writes it: 1234567 → '壹万贰仟叁佰肆拾伍元陆角柒分',
 * 100000 → '壹仟元整'. A gap of zeros between groups or before the cents reads as one 零, as banks require.
 */
export function amountInWords(fen: number): string {
  assertFen(fen)
  const yuan = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const cent = fen % 10
  if (fen === 0) return '零元整'

  let whole = ''
  const groups: number[] = []
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000)
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] as number
    if (g === 0) continue
    // A group below 1000 after a higher group, or a skipped group, leaves a gap that reads as 零.
    const gap = whole !== '' && (g < 1000 || groups[i + 1] === 0)
    whole += (gap ? '零' : '') + groupInWords(g) + BIG_UNIT[i]
  }
  if (whole) whole += '元'

  if (jiao === 0 && cent === 0) return `${whole}整`
  let tail = ''
  if (jiao > 0) tail += `${DIGIT[jiao]}角`
  else if (whole) tail += '零'
  if (cent > 0) tail += `${DIGIT[cent]}分`
  // A voucher ends "…角整" when there are no fen.
  else tail += '整'
  return whole + tail
}
