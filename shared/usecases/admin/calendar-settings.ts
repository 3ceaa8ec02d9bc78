import type { CalendarView } from '../../api/admin.api'
import { type CalendarOverrides, PACKAGE_YEARS_KNOWN, packageYearOf } from '../../domain/calendar'
import { type CalendarYearEntry, calendarEntryProblems, calendarYearOf, withCalendarYear } from '../../domain/calendar-entry'
import { DomainError } from '../../domain/errors'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps } from '../deps'

const SETTING_ID = 'calendar'
const NONE: CalendarOverrides = { years: [], days: {} }

const overridesOf = (s: { years?: number[] | undefined; days?: CalendarOverrides['days'] | undefined } | null) =>
  s ? { years: s.years ?? [], days: s.days ?? {} } : NONE

/** A year as legal day counting sees it: the county's entry where there is one, else the package's days. */
function viewOf(overrides: CalendarOverrides, year: number): CalendarView {
  const known = year >= PACKAGE_YEARS_KNOWN.first && year <= PACKAGE_YEARS_KNOWN.last
  const entered = overrides.years.includes(year)
  const days = entered ? calendarYearOf(overrides, year) : known ? packageYearOf(year) : { holidays: [], workdays: [] }
  return {
    packageYears: PACKAGE_YEARS_KNOWN,
    countyYears: [...overrides.years].sort((a, b) => a - b),
    shown: { year, source: entered ? 'county' : known ? 'package' : 'none', ...days },
  }
}

/** The calendar's years and one year's days (this year unless asked). */
export async function readCalendar(deps: Deps, year: number | undefined): Promise<CalendarView> {
  const setting = await col(deps.store, 'settings').doc(SETTING_ID).get()
  return viewOf(overridesOf(setting), year ?? Number(nowOf(deps).today.slice(0, 4)))
}

/**
 * 补录节假日安排: one year's days off and make-up workdays replace what was entered for it, in one transaction with
 * the audit entry; this process counts with them at once, other warm containers within a minute. A publicity
 * already posted keeps the close date it was posted with.
 */
export async function setCalendarYear(deps: Deps, entry: CalendarYearEntry): Promise<CalendarView> {
  const { today } = nowOf(deps)
  const clean = { year: entry.year, holidays: [...new Set(entry.holidays)], workdays: [...new Set(entry.workdays)] }
  const problems = calendarEntryProblems(clean, today)
  if (problems.length > 0) throw new DomainError('bad_input', problems[0]!.message, { issues: problems })
  const next = await deps.store.runTransaction(async (tx) => {
    const current = overridesOf(await txCol(tx, 'settings').doc(SETTING_ID).get())
    const merged = withCalendarYear(current, clean)
    await txCol(tx, 'settings')
      .doc(SETTING_ID)
      .set(withoutId({ _id: SETTING_ID, ...merged }))
    return merged
  })
  await deps.reloadCalendar?.(true)
  return viewOf(next, clean.year)
}
