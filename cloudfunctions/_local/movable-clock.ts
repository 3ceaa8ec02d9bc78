import type { Clock } from '@shared/ports/clock'

/**
 * The real clock shifted by an offset, so a demo or a browser test can step past a 5-working-day
 * publicity window without waiting a week. Time keeps running from wherever it was moved to.
 */
export function createMovableClock(base: () => number = Date.now): Clock & { moveTo(date: string): void; offsetMs(): number } {
  let offset = 0
  return {
    now: () => new Date(base() + offset),
    moveTo(date) {
      const target = Date.parse(`${date}T09:00:00+08:00`)
      if (Number.isNaN(target)) throw new RangeError(`expected a date as YYYY-MM-DD, got ${date}`)
      offset = target - base()
    },
    offsetMs: () => offset,
  }
}
