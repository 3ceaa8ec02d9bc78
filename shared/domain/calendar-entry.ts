import type { CalendarOverrides } from './calendar'
import { toDayNumber } from './dates'

/**
 * One year of the State Council's holiday notice (国务院办公厅关于某年部分节假日安排的通知), as a county clerk copies it:
 * the days off (放假日期, weekends inside a holiday included or not) and the weekend days worked instead (调休上班).
 */
export type CalendarYearEntry = { year: number; holidays: readonly string[]; workdays: readonly string[] }

export type CalendarEntryProblem = { path: ['year' | 'holidays' | 'workdays']; message: string }

/** More than any notice has listed (2013's: 41 days off and make-up days): a longer list is a paste gone wrong. */
export const MAX_CALENDAR_DATES = 45

/** Saturday or Sunday; 1970-01-01 was a Thursday. */
const isWeekend = (date: string) => {
  const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7
  return weekday === 0 || weekday === 6
}

/**
 * What is wrong with a year's entry, every problem at once. Only this year or next may be entered: a past year's days
 * have already been counted, and a year further ahead has no notice yet. Dates arrive checked as real dates.
 */
export function calendarEntryProblems(entry: CalendarYearEntry, today: string): CalendarEntryProblem[] {
  const problems: CalendarEntryProblem[] = []
  const thisYear = Number(today.slice(0, 4))
  if (entry.year < thisYear || entry.year > thisYear + 1) {
    problems.push({ path: ['year'], message: `只能补录今年（${thisYear}年）或明年（${thisYear + 1}年）的放假安排` })
  }
  const outside = (list: readonly string[]) => list.filter((d) => Number(d.slice(0, 4)) !== entry.year)
  for (const [field, label] of [
    ['holidays', '放假日期'],
    ['workdays', '调休上班日期'],
  ] as const) {
    const wrongYear = outside(entry[field])
    if (wrongYear.length > 0) {
      problems.push({ path: [field], message: `${label}中${wrongYear.join('、')}不在${entry.year}年` })
    }
    if (new Set(entry[field]).size > MAX_CALENDAR_DATES) {
      problems.push({ path: [field], message: `${label}最多${MAX_CALENDAR_DATES}天，请核对是否粘贴有误` })
    }
  }
  if (entry.holidays.length === 0) problems.push({ path: ['holidays'], message: '请填写放假日期（元旦、春节、国庆等）' })
  const both = entry.workdays.filter((d) => entry.holidays.includes(d))
  if (both.length > 0) problems.push({ path: ['workdays'], message: `${both.join('、')}不能既放假又上班` })
  const weekdays = entry.workdays.filter((d) => !isWeekend(d))
  if (weekdays.length > 0) {
    problems.push({ path: ['workdays'], message: `调休上班日应是周六或周日，${weekdays.join('、')}本来就是工作日` })
  }
  return problems
}

/** The overrides with that year's days replaced by the entry's and the year vouched for; other years untouched. */
export function withCalendarYear(current: CalendarOverrides, entry: CalendarYearEntry): CalendarOverrides {
  const prefix = `${entry.year}-`
  const days: CalendarOverrides['days'] = Object.fromEntries(Object.entries(current.days).filter(([d]) => !d.startsWith(prefix)))
  for (const d of entry.holidays) days[d] = 'restday'
  for (const d of entry.workdays) days[d] = 'workday'
  const years = [...new Set([...current.years, entry.year])].sort((a, b) => a - b)
  return { years, days }
}

/** One year's entered days, each list in date order. */
export function calendarYearOf(overrides: CalendarOverrides, year: number): { holidays: string[]; workdays: string[] } {
  const prefix = `${year}-`
  const entries = Object.entries(overrides.days)
    .filter(([d]) => d.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : 1))
  return {
    holidays: entries.filter(([, k]) => k === 'restday').map(([d]) => d),
    workdays: entries.filter(([, k]) => k === 'workday').map(([d]) => d),
  }
}
