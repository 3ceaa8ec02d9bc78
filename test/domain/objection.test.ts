import { createCalendar } from '@shared/domain/calendar'
import { addCalendarDays } from '@shared/domain/dates'
import { publicityDaysLeft } from '@shared/domain/urgency'
import { DomainError } from '@shared/domain/errors'
import { eventOfResolution, objectionWindowOpen, requireObjectionWindow, workingDaysLeft } from '@shared/domain/objection'
import { CURRENT_TABLE } from '@shared/domain/workflow/tables'
import { publicityStageOf } from '@shared/domain/workflow/effects'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { CaseState } from '@shared/schemas/application'

const calendar = createCalendar()
const notice = { postedOn: '2026-09-30', opensOn: '2026-10-08', closesOn: '2026-10-13' }

describe('objection window', () => {
  it('takes objections from the day the notice is posted through its last day, inclusive', () => {
    expect(objectionWindowOpen(notice, '2026-09-29')).toBe(false)
    expect(objectionWindowOpen(notice, '2026-09-30')).toBe(true)
    expect(objectionWindowOpen(notice, '2026-10-13')).toBe(true)
    expect(objectionWindowOpen(notice, '2026-10-14')).toBe(false)
  })

  it('refuses an objection after the window as publicity_closed, naming the last day', () => {
    expect(() => requireObjectionWindow(notice, '2026-10-14')).toThrow(DomainError)
    try {
      requireObjectionWindow(notice, '2026-10-14')
    } catch (error) {
      expect(error).toMatchObject({ refusal: 'publicity_closed', details: { closesOn: '2026-10-13' } })
    }
  })
})

describe('publicity countdown', () => {
  it('counts the working days left over National Day and its make-up Saturday (调休)', () => {
    // Before the window opens: all five of its days (10-08, 10-09, Saturday 10-10, 10-12, 10-13).
    expect(workingDaysLeft(calendar, '2026-10-02', notice)).toBe(5)
    expect(workingDaysLeft(calendar, '2026-10-10', notice)).toBe(3)
    // A Sunday counts nothing for itself.
    expect(workingDaysLeft(calendar, '2026-10-11', notice)).toBe(2)
    expect(workingDaysLeft(calendar, '2026-10-13', notice)).toBe(1)
    expect(workingDaysLeft(calendar, '2026-10-14', notice)).toBe(0)
  })

  it('the inbox counts what the board counts, from the day the notice is posted to its last day', () => {
    const window = calendar.publicityWindow('2026-12-17', 5)
    for (const today of ['2026-12-17', '2026-12-18', '2026-12-19', '2026-12-21', window.closesOn]) {
      expect(publicityDaysLeft(calendar, window.closesOn, today, 5)).toBe(workingDaysLeft(calendar, today, window))
    }
    expect(publicityDaysLeft(calendar, window.closesOn, '2026-12-17', 5)).toBe(5)
    expect(publicityDaysLeft(calendar, window.closesOn, addCalendarDays(window.closesOn, 1), 5)).toBeNull()
  })

  it('agrees with the window the calendar gives a 5-working-day notice', () => {
    const window = calendar.publicityWindow('2026-09-30', 5)
    expect(window).toEqual({ opensOn: '2026-10-08', closesOn: '2026-10-13' })
    expect(workingDaysLeft(calendar, '2026-09-30', window)).toBe(5)
  })
})

describe('what a resolution does to the case', () => {
  it('moves an upheld objection by objection_return or objection_reject, and a dismissed one by nothing', () => {
    expect(eventOfResolution('upheld', 'return')).toBe('objection_return')
    expect(eventOfResolution('upheld', 'reject')).toBe('objection_reject')
    expect(eventOfResolution('dismissed', null)).toBeNull()
    expect(() => eventOfResolution('upheld', null)).toThrow(DomainError)
  })

  it('has the township able to uphold an objection at every publicised stage of the current table', () => {
    const publicised = CaseState.options.filter((s) => publicityStageOf(CURRENT_TABLE, s) !== null)
    expect(publicised).toHaveLength(3)
    for (const s of publicised) {
      expect(CURRENT_TABLE.states[s]?.on.objection_return).toMatchObject({ to: 'returned', by: ['township'] })
      expect(CURRENT_TABLE.states[s]?.on.objection_reject).toMatchObject({ to: 'rejected', by: ['township'] })
    }
  })
})

describe('the status a person reads', () => {
  it('says that an open objection holds the case, and nothing when none does', () => {
    const c = { state: 'village_approved' as const, publicityClosesOn: '2026-11-30' }
    expect(statusLabel({ ...c, openObjections: 0 }, '2026-12-01')).toBe('村评议通过（公示期满，待乡镇审核）')
    expect(statusLabel({ ...c, openObjections: 1 }, '2026-12-01')).toBe(
      '村评议通过（公示期满，待乡镇审核）；公示有异议，乡镇核实中',
    )
  })
})
