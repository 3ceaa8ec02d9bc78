import { CalendarDate } from '@shared/schemas/common'

/** A legal date is a day that exists: the schema is used for every date the app takes or stores. */
describe('CalendarDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '0001-01-01'])('accepts %s', (d) => {
    expect(CalendarDate.safeParse(d).success).toBe(true)
  })

  it.each([
    '2026-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2026-02-30',
    '2026-04-31',
    '2026-13-45',
    '2026-00-10',
    '2026-01-00',
    '0000-00-00',
    '0000-01-01',
    '2026-1-1',
    '2026-01-01T00:00:00Z',
    '',
  ])('refuses %s in plain Chinese', (d) => {
    const parsed = CalendarDate.safeParse(d)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues).toHaveLength(1)
    expect(parsed.error?.issues[0]?.message).toMatch(/日期/)
  })
})
