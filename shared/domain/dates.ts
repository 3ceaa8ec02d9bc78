/**
 * Calendar dates as the law counts them: YYYY-MM-DD in Asia/Shanghai, compared and shifted as whole
 * day numbers, so the machine's time zone never matters. No holiday data here (see calendar.ts), so the
 * mini-program can use it without carrying the holiday table.
 */

const DAY_MS = 86_400_000
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01, via UTC so no local offset or DST can shift the answer. */
export function toDayNumber(d: string): number {
  const m = DATE_RE.exec(d)
  if (!m) throw new RangeError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(d)}`)
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(y, mo - 1, da)
  // Date.UTC silently rolls 2025-02-30 into March; a legal date that does not exist is an input error.
  if (fromDayNumber(ms / DAY_MS) !== d) throw new RangeError(`no such calendar date: ${d}`)
  return ms / DAY_MS
}

export function fromDayNumber(n: number): string {
  const t = new Date(n * DAY_MS)
  const pad = (x: number, w: number) => String(x).padStart(w, '0')
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** Legal days are counted in Beijing time; China has no DST, so a fixed +8h is exact since 1992. */
export function todayInShanghai(now: Date): string {
  const t = now.getTime()
  if (Number.isNaN(t)) throw new RangeError('todayInShanghai needs a valid Date')
  return fromDayNumber(Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS))
}

/** Plain calendar days (e.g. "entered within 15 days after acceptance"), not working days. */
export function addCalendarDays(d: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`days must be an integer, got ${n}`)
  return fromDayNumber(toDayNumber(d) + n)
}

/** YYYY-MM-DD sorts as text in date order, so no parsing is needed to compare. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  for (const d of [a, b]) if (!DATE_RE.test(d)) throw new RangeError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(d)}`)
  return a < b ? -1 : a > b ? 1 : 0
}

export function isOnOrAfter(a: string, b: string): boolean {
  return compareDates(a, b) >= 0
}

export function isOnOrBefore(a: string, b: string): boolean {
  return compareDates(a, b) <= 0
}
