import { calendarEntryProblems, calendarYearOf, withCalendarYear } from '@shared/domain/calendar-entry'
import { createCalendar } from '@shared/domain/calendar'

const TODAY = '2026-12-02'
const fields = (entry: Parameters<typeof calendarEntryProblems>[0]) => calendarEntryProblems(entry, TODAY).map((p) => p.path[0])

describe('entering a year of the holiday calendar', () => {
  it('accepts this year or next, with its days off and weekend make-up days', () => {
    expect(fields({ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-03'] })).toEqual([])
    expect(fields({ year: 2026, holidays: ['2026-12-25'], workdays: [] })).toEqual([])
  })

  it('only this year or next may be entered', () => {
    expect(fields({ year: 2025, holidays: ['2025-01-01'], workdays: [] })).toEqual(['year'])
    expect(fields({ year: 2028, holidays: ['2028-01-01'], workdays: [] })).toEqual(['year'])
  })

  it('every date lies in the year entered', () => {
    expect(fields({ year: 2027, holidays: ['2026-12-31', '2027-01-01'], workdays: ['2028-01-02'] })).toEqual([
      'holidays',
      'workdays',
    ])
  })

  it('a make-up workday is a Saturday or Sunday, and no day is both off and worked', () => {
    expect(fields({ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-05'] })).toEqual(['workdays'])
    expect(fields({ year: 2027, holidays: ['2027-01-02'], workdays: ['2027-01-02'] })).toEqual(['workdays'])
  })

  it('a year has days off, and not more than a notice ever listed', () => {
    expect(fields({ year: 2027, holidays: [], workdays: [] })).toEqual(['holidays'])
    const days = (n: number) =>
      Array.from({ length: n }, (_, i) => `2027-0${Math.floor(i / 28) + 3}-${String((i % 28) + 1).padStart(2, '0')}`)
    // 2013's notice listed 41 dates: a real year fits.
    expect(fields({ year: 2027, holidays: days(41), workdays: [] })).toEqual([])
    const tooMany = days(46)
    expect(fields({ year: 2027, holidays: tooMany, workdays: [] })).toEqual(['holidays'])
  })

  it('replaces the year’s days, keeps the other years, and the calendar counts with them', () => {
    const first = withCalendarYear({ years: [], days: {} }, { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-03'] })
    const next = withCalendarYear(
      { ...first, days: { ...first.days, '2026-12-25': 'restday' }, years: [2026, 2027] },
      {
        year: 2027,
        holidays: ['2027-02-10'],
        workdays: [],
      },
    )
    expect(calendarYearOf(next, 2027)).toEqual({ holidays: ['2027-02-10'], workdays: [] })
    expect(calendarYearOf(next, 2026)).toEqual({ holidays: ['2026-12-25'], workdays: [] })
    expect(next.years).toEqual([2026, 2027])
    const calendar = createCalendar(first)
    expect(calendar.isWorkday('2027-01-01')).toBe(false)
    expect(calendar.isWorkday('2027-01-03')).toBe(true)
    expect(calendar.addWorkingDays('2026-12-28', 5)).toBe('2027-01-04')
  })
})
