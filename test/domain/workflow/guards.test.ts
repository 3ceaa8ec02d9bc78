import { LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { type GuardInput, checkGuards } from '@shared/domain/workflow/guards'
import type { Application } from '@shared/schemas/application'

// The guard reads only the publicity window; the rest of the case does not matter here.
const caseClosingOn = (publicityClosesOn: string | null) => ({ publicityClosesOn }) as Application
const on = (c: Application, today: string): GuardInput => ({
  case: c,
  today,
  actorId: 'u-1',
  actorRole: 'township',
  profile: LUOZHUANG_2020,
})

describe('workflow guards', () => {
  it('refuses a forward move while the publicity runs, through its last day', () => {
    expect(checkGuards(['publicity_ended'], on(caseClosingOn('2026-11-30'), '2026-11-30'))).toEqual({
      ok: false,
      refusal: 'publicity_running',
      message: '公示期至2026-11-30，期满后方可办理',
      details: { closesOn: '2026-11-30' },
    })
  })

  it('lets the move through from the day after, or when nothing is publicised', () => {
    expect(checkGuards(['publicity_ended'], on(caseClosingOn('2026-11-30'), '2026-12-01'))).toEqual({ ok: true })
    expect(checkGuards(['publicity_ended'], on(caseClosingOn(null), '2026-11-30'))).toEqual({ ok: true })
  })

  it('passes a row that names no guard', () => {
    expect(checkGuards([], on(caseClosingOn('2026-11-30'), '2026-11-30'))).toEqual({ ok: true })
  })
})

describe('workflow guards of table v2', () => {
  const as = (c: Partial<Application>, actorRole: GuardInput['actorRole']): GuardInput => ({
    case: { villageReview: null, appliedBy: 'self', proxy: null, ...c } as Application,
    today: '2026-11-23',
    actorId: 'u-1',
    actorRole,
    profile: LUOZHUANG_2020,
  })

  it('village_meeting_recorded refuses a village decision without its meeting', () => {
    expect(checkGuards(['village_meeting_recorded'], as({}, 'village'))).toMatchObject({
      ok: false,
      refusal: 'bad_input',
      details: { field: 'meeting' },
    })
    const recorded = { villageReview: { meetingOn: '2026-11-23' } } as Partial<Application>
    expect(checkGuards(['village_meeting_recorded'], as(recorded, 'village'))).toEqual({ ok: true })
  })

  it('withdrawer_is_applicant lets the household withdraw, and the village only its own proxy filing', () => {
    expect(checkGuards(['withdrawer_is_applicant'], as({}, 'farmer'))).toEqual({ ok: true })
    expect(checkGuards(['withdrawer_is_applicant'], as({}, 'village'))).toMatchObject({
      ok: false,
      refusal: 'invalid_transition',
    })
    expect(checkGuards(['withdrawer_is_applicant'], as({ appliedBy: 'village' }, 'village'))).toEqual({ ok: true })
  })
})
