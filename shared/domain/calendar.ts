import holidayData from 'chinese-days/dist/chinese-days.json'
import { DomainError } from './errors'
import { fromDayNumber, toDayNumber } from './dates'

/**
 * Working days under Chinese law: the State Council's yearly holiday notice decides which weekdays are
 * off and which weekend days are make-up workdays (调休). Legal day counting (公示 5 个工作日) must follow it.
 *
 * We read the data file of `chinese-days`, not its functions: those parse and format dates in the
 * machine's local time zone, and a cloud function or a developer laptop is not always in UTC+8.
 * All arithmetic here is on calendar dates as integers, so the machine's TZ never matters.
 */

/**
 * County-editable additions. The package only knows years whose notice was published when it was
 * released; next year's notice usually appears in November, and a county must be able to enter it
 * before a package update ships.
 */
export type CalendarOverrides = {
  /** Years the county vouches for: dates in them are answered even past the package's data. */
  years: number[]
  /** Beats the package and the weekday rule for that one date. */
  days: Record<string, 'workday' | 'restday'>
}

export type Calendar = {
  isWorkday(d: string): boolean
  /** The n-th working day after `d` (before it when n < 0); `d` itself never counts; n = 0 gives `d`. */
  addWorkingDays(d: string, n: number): string
  publicityWindow(postedOn: string, workingDays: number): { opensOn: string; closesOn: string }
  /** The last year the package itself has holiday data for. */
  lastKnownYear: number
}

type PackageData = { holidays: Record<string, string>; workdays: Record<string, string> }
const PACKAGE = holidayData as PackageData

const yearsIn = (dates: Record<string, string>) => Object.keys(dates).map((d) => Number(d.slice(0, 4)))
const PACKAGE_YEARS = [...yearsIn(PACKAGE.holidays), ...yearsIn(PACKAGE.workdays)]
const FIRST_PACKAGE_YEAR = Math.min(...PACKAGE_YEARS)
const LAST_PACKAGE_YEAR = Math.max(...PACKAGE_YEARS)

/** The years the package itself knows, and one of its years as the notice gave it (holidays, make-up workdays). */
export const PACKAGE_YEARS_KNOWN = { first: FIRST_PACKAGE_YEAR, last: LAST_PACKAGE_YEAR }

export function packageYearOf(year: number): { holidays: string[]; workdays: string[] } {
  const inYear = (dates: Record<string, string>) =>
    Object.keys(dates)
      .filter((d) => d.startsWith(`${year}-`))
      .sort()
  return { holidays: inYear(PACKAGE.holidays), workdays: inYear(PACKAGE.workdays) }
}

/**
 * Refusing is the only safe answer for a year nobody has entered: guessing "weekdays work" would
 * end a publicity early whenever that year's holidays fall inside it.
 */
export class CalendarUnknownError extends DomainError {
  readonly year: number
  constructor(year: number) {
    super(
      'calendar_unknown',
      `日历缺少 ${year} 年的节假日与调休数据（内置数据为 ${FIRST_PACKAGE_YEAR}–${LAST_PACKAGE_YEAR} 年），` +
        `请县级管理员在“节假日安排”页面补录 ${year} 年的放假安排后再试`,
      { year, firstKnownYear: FIRST_PACKAGE_YEAR, lastKnownYear: LAST_PACKAGE_YEAR },
    )
    this.name = 'CalendarUnknownError'
    this.year = year
  }
}

/** Saturday or Sunday; 1970-01-01 was a Thursday. */
const isWeekend = (dayNumber: number) => {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7
  return weekday === 0 || weekday === 6
}

/** A gap this long without a working day can only be bad override data; stop instead of looping. */
const MAX_REST_RUN = 60

export function createCalendar(overrides?: CalendarOverrides): Calendar {
  const extraYears = new Set(overrides?.years ?? [])
  const days = { ...(overrides?.days ?? {}) }
  for (const [d, kind] of Object.entries(days)) {
    toDayNumber(d)
    if (kind !== 'workday' && kind !== 'restday') throw new RangeError(`override for ${d} must be workday or restday`)
  }
  for (const y of extraYears) {
    if (!Number.isInteger(y)) throw new RangeError(`override year must be an integer, got ${y}`)
  }

  function isWorkdayNumber(n: number): boolean {
    const d = fromDayNumber(n)
    const own = days[d]
    if (own) return own === 'workday'
    const year = Number(d.slice(0, 4))
    if (year < FIRST_PACKAGE_YEAR || year > LAST_PACKAGE_YEAR) {
      // A declared year's holidays and make-up days are all in `days`; the rest follows the week.
      if (extraYears.has(year)) return !isWeekend(n)
      throw new CalendarUnknownError(year)
    }
    if (PACKAGE.workdays[d]) return true
    if (PACKAGE.holidays[d]) return false
    return !isWeekend(n)
  }

  function addWorkingDays(d: string, n: number): string {
    if (!Number.isSafeInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`)
    const step = n < 0 ? -1 : 1
    let day = toDayNumber(d)
    let left = Math.abs(n)
    let restRun = 0
    while (left > 0) {
      day += step
      if (isWorkdayNumber(day)) {
        left--
        restRun = 0
      } else if (++restRun > MAX_REST_RUN) {
        throw new RangeError(`calendar has no working day for ${MAX_REST_RUN} days around ${d}: check the overrides`)
      }
    }
    return fromDayNumber(day)
  }

  return {
    isWorkday: (d) => isWorkdayNumber(toDayNumber(d)),
    addWorkingDays,
    publicityWindow(postedOn, workingDays) {
      if (!Number.isSafeInteger(workingDays) || workingDays < 1) {
        throw new RangeError(`a publicity runs at least one working day, got ${workingDays}`)
      }
      // Civil Code art. 201: a period counted in days starts on the day after the event, so the
      // posting day never counts even when it is itself a working day.
      return { opensOn: addWorkingDays(postedOn, 1), closesOn: addWorkingDays(postedOn, workingDays) }
    },
    lastKnownYear: LAST_PACKAGE_YEAR,
  }
}
