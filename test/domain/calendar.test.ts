import rawPackageData from 'chinese-days/dist/chinese-days.json'
import { DomainError } from '@shared/domain/errors'
import { CalendarUnknownError, createCalendar } from '@shared/domain/calendar'
import { addCalendarDays, compareDates, isOnOrAfter, isOnOrBefore, todayInShanghai } from '@shared/domain/dates'

const cal = createCalendar()
const packageData = rawPackageData as { holidays: Record<string, string>; workdays: Record<string, string> }

/** Every date in a window, to count its working days independently of addWorkingDays. */
function datesBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d)
  return out
}
const workdaysIn = (w: { opensOn: string; closesOn: string }) => datesBetween(w.opensOn, w.closesOn).filter(cal.isWorkday)

describe('package data', () => {
  it('knows 2004 through 2026', () => {
    expect(cal.lastKnownYear).toBe(2026)
    expect(() => cal.isWorkday('2004-01-01')).not.toThrow()
    expect(() => cal.isWorkday('2003-12-31')).toThrow(CalendarUnknownError)
  })

  // The package's own functions read dates in the machine's zone and go wrong west of UTC (2,118 days
  // differ under TZ=America/Los_Angeles), which is why calendar.ts reads the data file instead.
  it("agrees with the package's data file on every day it covers", () => {
    const expected = (d: string) =>
      packageData.workdays[d] ? true : packageData.holidays[d] ? false : ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())
    const mismatches = datesBetween('2004-01-01', '2026-12-31').filter((d) => cal.isWorkday(d) !== expected(d))
    expect(mismatches).toEqual([])
  })
})

describe('isWorkday', () => {
  it.each([
    ['2025-10-01', false], // National Day
    ['2025-10-08', false], // last day of the merged National Day / Mid-autumn break
    ['2025-09-28', true], // Sunday, make-up workday
    ['2025-10-11', true], // Saturday, make-up workday
    ['2025-10-12', false], // ordinary Sunday
    ['2025-11-05', true], // ordinary Wednesday
    ['2026-02-14', true], // Saturday before Spring Festival, make-up workday
    ['2026-02-17', false], // Spring Festival
    ['2020-02-01', false], // the 2020 Spring Festival extended for the epidemic
  ])('%s → %s', (d, expected) => {
    expect(cal.isWorkday(d)).toBe(expected)
  })

  it('refuses dates that are not dates', () => {
    expect(() => cal.isWorkday('2025-02-30')).toThrow(RangeError)
    expect(() => cal.isWorkday('2025-1-5')).toThrow(RangeError)
    expect(() => cal.isWorkday('')).toThrow(RangeError)
  })
})

describe('publicityWindow (5 working days, posting day excluded)', () => {
  it.each([
    // posted, opensOn, closesOn, why
    ['2025-11-03', '2025-11-04', '2025-11-10', 'plain week, posted Monday'],
    ['2025-11-07', '2025-11-10', '2025-11-14', 'posted Friday: the weekend does not count'],
    ['2025-09-29', '2025-09-30', '2025-10-13', 'spans National Day 2025: Oct 1–8 skipped, Sat Oct 11 counts'],
    ['2025-09-26', '2025-09-28', '2025-10-10', 'make-up Sunday Sep 28 opens the window'],
    ['2025-10-03', '2025-10-09', '2025-10-14', 'posted on a holiday'],
    ['2025-09-27', '2025-09-28', '2025-10-10', 'posted on an ordinary Saturday, next day a make-up workday'],
    ['2026-02-12', '2026-02-13', '2026-02-26', 'Spring Festival 2026: Sat Feb 14 counts, Feb 15–23 skipped'],
    ['2025-01-24', '2025-01-26', '2025-02-07', 'Spring Festival 2025: make-up Sunday Jan 26 counts'],
    ['2025-01-27', '2025-02-05', '2025-02-10', 'Spring Festival 2025: Jan 28–Feb 4 skipped, Sat Feb 8 counts'],
    ['2025-12-30', '2025-12-31', '2026-01-07', 'across New Year into the next known year'],
  ])('posted %s → %s..%s (%s)', (posted, opensOn, closesOn) => {
    const w = cal.publicityWindow(posted, 5)
    expect(w).toEqual({ opensOn, closesOn })
    expect(workdaysIn(w)).toHaveLength(5)
    expect(cal.isWorkday(w.opensOn)).toBe(true)
    expect(cal.isWorkday(w.closesOn)).toBe(true)
  })

  it('has exactly N working days for every posting day in the known years', () => {
    for (const posted of datesBetween('2024-01-01', '2026-12-20')) {
      for (const n of [1, 5]) {
        const w = cal.publicityWindow(posted, n)
        expect(w.opensOn > posted).toBe(true)
        expect(workdaysIn(w)).toHaveLength(n)
        // Nothing between posting and opening is a working day.
        expect(datesBetween(addCalendarDays(posted, 1), w.opensOn).filter(cal.isWorkday)).toEqual([w.opensOn])
      }
    }
  })

  it('refuses a window of no working days', () => {
    expect(() => cal.publicityWindow('2025-11-03', 0)).toThrow(RangeError)
    expect(() => cal.publicityWindow('2025-11-03', 2.5)).toThrow(RangeError)
  })
})

describe('addWorkingDays', () => {
  it('0 gives the same day, even a holiday', () => {
    expect(cal.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01')
  })
  it('counts backwards', () => {
    expect(cal.addWorkingDays('2025-10-09', -1)).toBe('2025-09-30')
    expect(cal.addWorkingDays('2025-10-13', -4)).toBe('2025-09-30')
    expect(cal.addWorkingDays('2025-10-13', -5)).toBe('2025-09-29')
  })
  it('is the inverse of itself on working days', () => {
    for (const d of datesBetween('2025-01-01', '2025-12-20').filter(cal.isWorkday)) {
      expect(cal.addWorkingDays(cal.addWorkingDays(d, 7), -7)).toBe(d)
    }
  })
})

describe('past the package data', () => {
  it('throws CalendarUnknownError naming the year', () => {
    let err: unknown
    try {
      cal.publicityWindow('2026-12-28', 5) // Dec 29, 30, 31 then 2027
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(CalendarUnknownError)
    expect(err).toBeInstanceOf(DomainError)
    expect(err).toBeInstanceOf(Error)
    expect((err as CalendarUnknownError).year).toBe(2027)
    expect((err as CalendarUnknownError).refusal).toBe('calendar_unknown')
    expect((err as Error).message).toContain('2027')
    expect(() => cal.isWorkday('2027-03-01')).toThrow(CalendarUnknownError)
  })

  it('a window wholly inside the last year still works', () => {
    expect(cal.publicityWindow('2026-12-21', 5)).toEqual({ opensOn: '2026-12-22', closesOn: '2026-12-28' })
  })
})

describe('overrides', () => {
  const with2027 = createCalendar({
    years: [2027],
    days: { '2027-01-01': 'restday', '2027-02-06': 'workday', '2027-02-08': 'restday' },
  })

  it('a declared year is known: weekdays work, weekends rest, listed days as listed', () => {
    expect(with2027.isWorkday('2027-01-01')).toBe(false) // Friday, listed as a holiday
    expect(with2027.isWorkday('2027-01-04')).toBe(true) // ordinary Monday
    expect(with2027.isWorkday('2027-01-02')).toBe(false) // ordinary Saturday
    expect(with2027.isWorkday('2027-02-06')).toBe(true) // Saturday listed as a make-up workday
    expect(with2027.isWorkday('2027-02-08')).toBe(false) // Monday listed as a holiday
  })

  it('lets a window run into the declared year', () => {
    expect(with2027.publicityWindow('2026-12-28', 5)).toEqual({ opensOn: '2026-12-29', closesOn: '2027-01-05' })
    expect(with2027.lastKnownYear).toBe(2026)
  })

  it('still refuses the year after', () => {
    expect(() => with2027.isWorkday('2028-01-03')).toThrow(CalendarUnknownError)
  })

  it('a listed day beats the package data', () => {
    const local = createCalendar({ years: [], days: { '2025-11-05': 'restday', '2025-10-12': 'workday' } })
    expect(local.isWorkday('2025-11-05')).toBe(false)
    expect(local.isWorkday('2025-10-12')).toBe(true)
    expect(local.isWorkday('2025-11-06')).toBe(true)
  })

  it('refuses malformed override data up front', () => {
    expect(() => createCalendar({ years: [], days: { '2027-13-01': 'restday' } })).toThrow(RangeError)
    expect(() => createCalendar({ years: [2027.5], days: {} })).toThrow(RangeError)
    expect(() => createCalendar({ years: [], days: { '2027-01-01': 'holiday' as 'restday' } })).toThrow(RangeError)
  })

  it('stops on data that leaves no working day instead of looping', () => {
    const days: Record<string, 'restday'> = {}
    for (const d of datesBetween('2027-01-01', '2027-12-31')) days[d] = 'restday'
    expect(() => createCalendar({ years: [2027], days }).addWorkingDays('2026-12-31', 1)).toThrow(RangeError)
  })
})

describe('todayInShanghai', () => {
  it.each([
    ['2025-09-30T15:59:59.999Z', '2025-09-30'], // 23:59:59.999 in Beijing
    ['2025-09-30T16:00:00.000Z', '2025-10-01'], // midnight in Beijing
    ['2025-10-01T00:30:00+08:00', '2025-10-01'],
    ['2025-09-30T23:59:00-05:00', '2025-10-01'], // 12:59 next day in Beijing
    ['2024-02-28T16:00:00Z', '2024-02-29'], // leap day
    ['2025-12-31T16:00:00Z', '2026-01-01'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInShanghai(new Date(instant))).toBe(expected)
  })

  it('refuses an invalid Date', () => {
    expect(() => todayInShanghai(new Date('nope'))).toThrow(RangeError)
  })
})

describe('date helpers', () => {
  it('compare as dates', () => {
    expect(compareDates('2025-09-30', '2025-10-01')).toBe(-1)
    expect(compareDates('2025-10-01', '2025-10-01')).toBe(0)
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1)
    expect(isOnOrAfter('2025-10-13', '2025-10-13')).toBe(true)
    expect(isOnOrAfter('2025-10-12', '2025-10-13')).toBe(false)
    expect(isOnOrBefore('2025-10-12', '2025-10-13')).toBe(true)
    expect(() => compareDates('2025-9-1', '2025-10-01')).toThrow(RangeError)
  })

  it('adds calendar days across months and years', () => {
    expect(addCalendarDays('2025-12-25', 15)).toBe('2026-01-09')
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29')
  })
})
