import { CLOSED_STATES } from '@shared/domain/workflow/states'
import { fromDayNumber, toDayNumber } from '@shared/domain/dates'
import { createCalendar } from '@shared/domain/calendar'
import { checkEligibility, modesAllowed } from '@shared/domain/eligibility'
import { nextStepOf } from '@shared/domain/next-step'
import { paymentPlan } from '@shared/domain/payment-plan'
import { HEGANG_2021, LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { DEFAULT_REVIEW_WORKING_DAYS, urgencyOf, workingDaysBetween } from '@shared/domain/urgency'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { CaseState, MODE_HINT, MODE_LABEL, Mode } from '@shared/schemas/application'
import { aHouseGraded } from '../factories/house.factory'
import { aHousehold } from '../factories/household.factory'

describe('modesAllowed', () => {
  it('offers a C-grade house repair or moving out, never 拆除重建', () => {
    expect(modesAllowed({ grade: 'C' }, LUOZHUANG_2020)).toEqual(['repair', 'public_rental', 'rent_swap', 'resettle'])
    expect(modesAllowed({ grade: 'C' }, LUOZHUANG_2020)).not.toContain('rebuild')
  })
  it('offers a D-grade house rebuilding, a new site or moving out', () => {
    expect(modesAllowed({ grade: 'D' }, LUOZHUANG_2020)).toEqual([
      'rebuild',
      'new_site',
      'public_rental',
      'rent_swap',
      'resettle',
    ])
  })
  it('offers nothing for a safe or unappraised house, and for 无房户 only where the profile covers them', () => {
    expect(modesAllowed({ grade: 'A' }, LUOZHUANG_2020)).toEqual([])
    expect(modesAllowed({ grade: null }, LUOZHUANG_2020)).toEqual([])
    expect(modesAllowed(null, LUOZHUANG_2020)).toEqual(LUOZHUANG_2020.coversHouseless ? expect.any(Array) : [])
    expect(modesAllowed(null, HEGANG_2021)).toEqual(
      HEGANG_2021.coversHouseless ? ['new_site', 'public_rental', 'rent_swap', 'resettle'] : [],
    )
  })
  it('is the rule the server checks: every offered mode passes, every other is refused', () => {
    const household = aHousehold()
    for (const grade of ['C', 'D'] as const) {
      const house = aHouseGraded(grade)
      const allowed = modesAllowed({ grade }, LUOZHUANG_2020)
      for (const mode of Mode.options) {
        const r = checkEligibility({ household, house, targetGroup: 'min_allowance', mode, profile: LUOZHUANG_2020 })
        const refusedForMode = !r.ok && r.reasons.some((x) => x.code === 'MODE_NOT_ALLOWED')
        expect(refusedForMode).toBe(!allowed.includes(mode))
      }
    }
  })
  it('every mode has a one-line explanation beside its label', () => {
    for (const mode of Mode.options) {
      expect(MODE_LABEL[mode]).toBeTruthy()
      expect(MODE_HINT[mode]).toMatch(/^[^\n]{6,40}$/)
    }
  })
})

describe('statusLabel', () => {
  it('says 公示中 only while the publicity runs', () => {
    const c = { state: 'village_approved' as const, publicityClosesOn: '2026-11-30' }
    expect(statusLabel(c, '2026-11-30')).toContain('公示中')
    expect(statusLabel(c, '2026-12-01')).not.toContain('公示中')
    expect(statusLabel(c, '2026-12-01')).toContain('待乡镇审核')
    expect(statusLabel({ state: 'township_approved', publicityClosesOn: '2026-12-08' }, '2026-12-09')).toContain('待县审批')
    const county = { state: 'county_approved' as const, publicityClosesOn: '2026-12-16' }
    expect(statusLabel(county, '2026-12-16')).toBe('县级审批通过（公示中）')
    expect(statusLabel(county, '2026-12-17')).toContain('待定改造方案')
  })
  it('leaves the other states as they are', () => {
    expect(statusLabel({ state: 'submitted', publicityClosesOn: null }, '2026-12-01')).toBe('待村评议')
  })
})

describe('urgency', () => {
  const calendar = createCalendar()
  it('counts working days after the day the case came in', () => {
    // Monday 2026-11-23 → Friday 2026-11-27: four working days after it.
    expect(workingDaysBetween(calendar, '2026-11-23', '2026-11-27')).toBe(4)
    expect(workingDaysBetween(calendar, '2026-11-27', '2026-11-30')).toBe(1)
    expect(workingDaysBetween(calendar, '2026-11-23', '2026-11-23')).toBe(0)
    expect(workingDaysBetween(calendar, '2026-11-23', '2026-11-20')).toBe(0)
  })
  it('is overdue past the profile’s limit, else the default of 10 working days', () => {
    const c = { enteredOn: '2026-11-23', publicityClosesOn: null }
    expect(DEFAULT_REVIEW_WORKING_DAYS).toBe(10)
    expect(urgencyOf(calendar, c, '2026-12-07', LUOZHUANG_2020)).toEqual({ waitingDays: 10, limitDays: 10, overdue: false })
    expect(urgencyOf(calendar, c, '2026-12-08', LUOZHUANG_2020)?.overdue).toBe(true)
    const strict = { ...LUOZHUANG_2020, reviewWorkingDays: 3 }
    expect(urgencyOf(calendar, c, '2026-11-27', strict)).toEqual({ waitingDays: 4, limitDays: 3, overdue: true })
  })
  it('counts the limit from the end of a publicity that held the case', () => {
    const c = { enteredOn: '2026-11-23', publicityClosesOn: '2026-11-30' }
    expect(urgencyOf(calendar, c, '2026-12-08', LUOZHUANG_2020)).toMatchObject({ waitingDays: 11, overdue: false })
  })
  it('gives no figure for a year the calendar does not know', () => {
    expect(urgencyOf(calendar, { enteredOn: '2099-01-05', publicityClosesOn: null }, '2099-01-20', LUOZHUANG_2020)).toBeNull()
  })
})

describe('nextStepOf', () => {
  it('says the village reviews within the review limit, then a publicity of the profile’s days', () => {
    expect(nextStepOf('submitted', LUOZHUANG_2020)).toEqual({ label: '村委会评议', withinWorkingDays: 10 })
    const after = nextStepOf('village_approved', LUOZHUANG_2020)
    expect(after?.label).toContain(`公示${LUOZHUANG_2020.publicityWorkingDays}个工作日`)
    expect(after?.withinWorkingDays).toBe(LUOZHUANG_2020.publicityWorkingDays + 10)
    expect(nextStepOf('archived', LUOZHUANG_2020)).toBeNull()
  })

  it.each(CaseState.options.map((s) => [s]))('says in Chinese what comes after %s, or nothing once the case is closed', (s) => {
    const next = nextStepOf(s, LUOZHUANG_2020)
    if (CLOSED_STATES.includes(s)) expect(next).toBeNull()
    else expect(next?.label).toMatch(/^[\u4e00-\u9fa5]/)
  })

  it('names the level a returned case goes straight back to', () => {
    expect(nextStepOf('returned_by_township', LUOZHUANG_2020)?.label).toContain('直接交乡镇审核')
    expect(nextStepOf('returned_by_county', LUOZHUANG_2020)?.label).toContain('直接交县级审批')
    expect(nextStepOf('returned', LUOZHUANG_2020)?.withinWorkingDays).toBeNull()
  })
})

describe('paymentPlan', () => {
  it('has nothing still to come before the cap is fixed', () => {
    expect(paymentPlan({ mode: 'repair', subsidyCapFen: null }, [])).toMatchObject({
      capFen: null,
      paidFen: 0,
      remainingFen: null,
      nextStage: null,
    })
  })
  it('counts what came, what is still to come and the next unpaid stage', () => {
    const plan = paymentPlan({ mode: 'rebuild', subsidyCapFen: 1_000_000 }, [
      { stage: 'start', amountFen: 300_000 },
      { stage: 'structure', amountFen: 200_000 },
    ])
    expect(plan).toMatchObject({ paidFen: 500_000, remainingFen: 500_000, nextStage: 'acceptance' })
  })
  it('expects nothing more once the cap is used up, and a rental subsidy for those who move out', () => {
    expect(paymentPlan({ mode: 'repair', subsidyCapFen: 100 }, [{ stage: 'start', amountFen: 100 }]).nextStage).toBeNull()
    expect(paymentPlan({ mode: 'public_rental', subsidyCapFen: 100 }, []).stages.map((s) => s.stage)).toEqual(['rental'])
  })
})

describe('working days between two dates, from running totals', () => {
  const calendar = createCalendar()
  /** The plain walk, one working day at a time: the rule the running totals must agree with. */
  const walk = (from: string, to: string) => {
    let n = 0
    for (let d = calendar.addWorkingDays(from, 1); d <= to; d = calendar.addWorkingDays(d, 1)) n++
    return n
  }
  const day = (n: number) => fromDayNumber(toDayNumber('2024-01-01') + n)

  it('agrees with a day-by-day walk across weekends, holidays and years', () => {
    for (let i = 0; i < 300; i++) {
      const from = day((i * 37) % 600)
      const to = day(((i * 37) % 600) + ((i * 53) % 380))
      expect([from, to, workingDaysBetween(calendar, from, to)]).toEqual([from, to, walk(from, to)])
    }
  })
})
