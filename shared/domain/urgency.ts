import type { Calendar } from './calendar'
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

/** Working days d with from < d ≤ to; 0 when `to` is not after `from`. */
export function workingDaysBetween(calendar: Calendar, from: string, to: string): number {
  let n = 0
  for (let d = calendar.addWorkingDays(from, 1); d <= to; d = calendar.addWorkingDays(d, 1)) n++
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
