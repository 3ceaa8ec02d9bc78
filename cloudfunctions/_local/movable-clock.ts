import type { Clock } from '@shared/ports/clock'
import { CalendarDate } from '@shared/schemas/common'

/**
 * The real clock shifted by an offset, so a demo or a browser test can step past a 5-working-day
 * publicity window without waiting a week. Time keeps running from wherever it was moved to.
 */
export function createMovableClock(base: () => number = Date.now): Clock & { moveTo(date: string): void; offsetMs(): number } {
  let offset = 0
  return {
    now: () => new Date(base() + offset),
    moveTo(date) {
      // Date.parse would move to 2 March for 2026-02-30; only a day that exists is a place to go.
      if (!CalendarDate.safeParse(date).success) throw new RangeError(`no such calendar date: ${JSON.stringify(date)}`)
      offset = Date.parse(`${date}T09:00:00+08:00`) - base()
    },
    offsetMs: () => offset,
  }
}
