import type { Calendar } from './calendar'
import { addCalendarDays, fromDayNumber, toDayNumber } from './dates'
import { CalendarUnknownError } from './calendar'
import type { PolicyProfile } from './policy-profile'

/** Working days a level has to decide a case when the county's profile sets no limit of its own. */
export const DEFAULT_REVIEW_WORKING_DAYS = 10

export type Urgency = {
  /** Working days since the case entered its state (that day itself does not count). */
  waitingDays: number
  /** The limit the level has, counted from the day it may act (after a running publicity, from its end). */
  limitDays: number
  overdue: boolean
}

export function reviewLimitOf(profile: PolicyProfile): number {
  return profile.reviewWorkingDays ?? DEFAULT_REVIEW_WORKING_DAYS
}

/** Per calendar and year: working days from 1 January through each day of the year (index 0 = 1 January). */
const cumulative = new WeakMap<Calendar, Map<number, Int32Array>>()

function yearTable(calendar: Calendar, year: number): Int32Array {
  let years = cumulative.get(calendar)
  if (!years) {
    years = new Map()
    cumulative.set(calendar, years)
  }
  let table = years.get(year)
  if (!table) {
    const first = toDayNumber(`${year}-01-01`)
    const days = toDayNumber(`${year + 1}-01-01`) - first
    table = new Int32Array(days)
    let n = 0
    for (let i = 0; i < days; i++) {
      if (calendar.isWorkday(fromDayNumber(first + i))) n++
      table[i] = n
    }
    years.set(year, table)
  }
  return table
}

/** Working days from 1 January of its year through `d`. */
function throughDay(calendar: Calendar, d: string): number {
  const year = Number(d.slice(0, 4))
  return yearTable(calendar, year)[toDayNumber(d) - toDayNumber(`${year}-01-01`)]!
}

/**
 * Working days d with from < d ≤ to; 0 when `to` is not after `from`. Read off per-year running totals (a year is
 * counted once per calendar), so an inbox of old cases costs a few lookups per card, not a walk over every day.
 */
export function workingDaysBetween(calendar: Calendar, from: string, to: string): number {
  if (to <= from) return 0
  const fromYear = Number(from.slice(0, 4))
  const toYear = Number(to.slice(0, 4))
  let n = throughDay(calendar, to) - throughDay(calendar, from)
  for (let y = fromYear; y < toYear; y++) n += yearTable(calendar, y).at(-1)!
  return n
}

/**
 * How long a case has waited for its reviewer and whether it is past the limit. The limit runs from the day the
 * reviewer may act: a case held by a publicity is not late for the days it could not be touched. Null when the
 * calendar does not know the year (the card then shows no figure rather than a wrong one).
 */
export function urgencyOf(
  calendar: Calendar,
  c: { enteredOn: string; publicityClosesOn: string | null },
  today: string,
  profile: PolicyProfile,
): Urgency | null {
  try {
    const limitDays = reviewLimitOf(profile)
    const waitingDays = workingDaysBetween(calendar, c.enteredOn, today)
    const actionableFrom = c.publicityClosesOn && c.publicityClosesOn > c.enteredOn ? c.publicityClosesOn : c.enteredOn
    return { waitingDays, limitDays, overdue: workingDaysBetween(calendar, actionableFrom, today) > limitDays }
  } catch (e) {
    if (e instanceof CalendarUnknownError) return null
    throw e
  }
}

/**
 * Working days a running publicity still has, today included when it is a working day, as the board counts them: a
 * window of `windowDays` working days ending on `closesOn` never has more left than its length, also on the day it
 * was posted (it opens the next working day). Null when nothing is publicised, the window has ended, or the calendar
 * does not know the year.
 */
export function publicityDaysLeft(calendar: Calendar, closesOn: string | null, today: string, windowDays: number): number | null {
  if (closesOn === null || today > closesOn) return null
  try {
    return Math.min(windowDays, workingDaysBetween(calendar, addCalendarDays(today, -1), closesOn))
  } catch (e) {
    if (e instanceof CalendarUnknownError) return null
    throw e
  }
}
