import { USERS } from '../../factories/world.factory'
import { dataOf, refuser, withWorld } from '../call'
import { villageApproves } from '../meeting'

/**
 * A made-up year for the tests, not the State Council's notice: New Year's Day off on Friday 1 January 2027, and
 * Sunday 3 January worked instead.
 */
const TEST_YEAR = { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-03'] }

describe('admin: the holiday calendar a county enters before the package knows the year', () => {
  const t = withWorld('2026-12-28')

  const refuse = refuser(t)
  const refusedWithoutChange = (as: string, data: unknown) => refuse('admin', as, data)

  async function submittedCase() {
    const c = dataOf(
      await t.call('application', USERS.farmer._id, {
        action: 'submit',
        houseId: 'house-1',
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '墙体开裂，屋顶漏雨',
      }),
    )
    return c._id as string
  }

  it('shows this year from the package, and a year nobody entered as empty', async () => {
    const now = dataOf(await t.call('admin', USERS.county._id, { action: 'calendar' }))
    expect(now.shown).toMatchObject({ year: 2026, source: 'package' })
    expect(now.shown.holidays).toContain('2026-10-01')
    expect(now.countyYears).toEqual([])
    const next = dataOf(await t.call('admin', USERS.admin._id, { action: 'calendar', year: 2027 }))
    expect(next.shown).toEqual({ year: 2027, source: 'none', holidays: [], workdays: [] })
  })

  it('a publicity window into an unknown year is refused until the year is entered; then it counts the entry', async () => {
    const id = await submittedCase()
    const refused = await villageApproves(t.world, t.call, USERS.villageA1._id, id)
    expect(refused).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } })
    expect(refused.ok ? '' : refused.error.message).toContain('节假日安排')

    const saved = dataOf(await t.call('admin', USERS.admin._id, { action: 'setCalendarYear', ...TEST_YEAR }))
    expect(saved).toMatchObject({ countyYears: [2027], shown: { source: 'county', ...TEST_YEAR } })
    const approved = dataOf(await villageApproves(t.world, t.call, USERS.villageA1._id, id))
    // Posted Monday 28 December: 29, 30, 31 December, (1 January off, Saturday 2), Sunday 3 worked, Monday 4.
    expect(approved.publicityClosesOn).toBe('2027-01-04')
  })

  it('entering a year again replaces its days; other years stay', async () => {
    dataOf(await t.call('admin', USERS.admin._id, { action: 'setCalendarYear', ...TEST_YEAR }))
    const again = dataOf(
      await t.call('admin', USERS.admin._id, {
        action: 'setCalendarYear',
        year: 2027,
        holidays: ['2027-01-01', '2027-02-10'],
        workdays: [],
      }),
    )
    expect(again.shown).toMatchObject({ holidays: ['2027-01-01', '2027-02-10'], workdays: [] })
    const corrected = dataOf(
      await t.call('admin', USERS.admin._id, { action: 'setCalendarYear', year: 2026, holidays: ['2026-12-25'], workdays: [] }),
    )
    expect(corrected.countyYears).toEqual([2026, 2027])
    const back = dataOf(await t.call('admin', USERS.admin._id, { action: 'calendar', year: 2027 }))
    expect(back.shown.holidays).toEqual(['2027-01-01', '2027-02-10'])
  })

  it('only the administrator enters a year; county officials read it, others are refused', async () => {
    for (const who of [USERS.county, USERS.villageA1, USERS.townshipA, USERS.farmer]) {
      expect(await refusedWithoutChange(who._id, { action: 'setCalendarYear', ...TEST_YEAR })).toMatchObject({
        code: 'FORBIDDEN',
      })
    }
    for (const who of [USERS.villageA1, USERS.farmer]) {
      expect(await t.call('admin', who._id, { action: 'calendar' })).toMatchObject({ error: { code: 'FORBIDDEN' } })
    }
  })

  it.each([
    ['a past year', { year: 2025, holidays: ['2025-10-01'], workdays: [] }, 'year'],
    ['a year after next', { year: 2028, holidays: ['2028-01-01'], workdays: [] }, 'year'],
    ['a date of another year', { year: 2027, holidays: ['2026-12-31'], workdays: [] }, 'holidays'],
    ['a weekday as a make-up workday', { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-04'] }, 'workdays'],
    ['a day both off and worked', { year: 2027, holidays: ['2027-01-02'], workdays: ['2027-01-02'] }, 'workdays'],
    ['no holiday at all', { year: 2027, holidays: [], workdays: [] }, 'holidays'],
  ])('refuses %s, in plain words, and changes nothing', async (_, entry, field) => {
    const error = await refusedWithoutChange(USERS.admin._id, { action: 'setCalendarYear', ...entry })
    expect(error).toMatchObject({ code: 'BAD_INPUT', details: { issues: [{ path: [field] }] } })
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('refuses a date that is not a calendar date', async () => {
    const error = await refusedWithoutChange(USERS.admin._id, {
      action: 'setCalendarYear',
      year: 2027,
      holidays: ['2027-02-30'],
      workdays: [],
    })
    expect(error).toMatchObject({ code: 'BAD_INPUT' })
  })
})
