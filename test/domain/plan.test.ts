import { HEGANG_2021, LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { type PlanCase, type PlanDraft, planCeilingFen, planModes, planProblems } from '@shared/domain/plan'
import { meetingPassed, meetingProblems } from '@shared/domain/village-review'

const cHouse: PlanCase = {
  houseId: 'house-1',
  history: [],
  createdAt: '2026-11-02T02:00:00.000Z',
  appraisedGrade: 'C',
  gradeAtApplication: 'C',
  householdSize: 3,
  subsidyCapFen: 1_700_000,
  paidFen: 0,
}
const dHouse: PlanCase = { ...cHouse, appraisedGrade: 'D', gradeAtApplication: 'D', householdSize: 5, subsidyCapFen: 6_400_000 }
const houseless: PlanCase = { ...dHouse, houseId: null, appraisedGrade: null, gradeAtApplication: null }
const repair: PlanDraft = {
  mode: 'repair',
  resettlement: null,
  areaM2: 58,
  subsidyFen: 1_700_000,
  startOn: '2027-01-04',
  finishBy: '2027-04-20',
  payTo: 'household',
}
const fields = (problems: { path: string[] }[]) => problems.map((p) => p.path[0])

describe('plan rules', () => {
  it('offers the modes the grade allows, from the appraisal on the case', () => {
    expect(planModes(cHouse, LUOZHUANG_2020)).toEqual(['repair', 'public_rental', 'rent_swap', 'resettle'])
    expect(planModes({ ...cHouse, appraisedGrade: 'D' }, LUOZHUANG_2020)).toContain('rebuild')
    // The district scheme does not cover households without a house; the city scheme does.
    expect(planModes(houseless, LUOZHUANG_2020)).toEqual([])
    expect(planModes(houseless, HEGANG_2021)).toEqual(['new_site', 'public_rental', 'rent_swap', 'resettle'])
  })

  it('holds the subsidy to the mode’s own price for the planned area and to the case’s ceiling', () => {
    expect(planCeilingFen(dHouse, { mode: 'rebuild', areaM2: 60 }, LUOZHUANG_2020)).toBe(60 * 80_000)
    expect(planCeilingFen(dHouse, { mode: 'rebuild', areaM2: 120 }, LUOZHUANG_2020)).toBe(6_400_000)
    expect(planCeilingFen({ ...dHouse, subsidyCapFen: 1_000_000 }, { mode: 'rebuild', areaM2: 60 }, LUOZHUANG_2020)).toBe(
      1_000_000,
    )
    expect(planCeilingFen({ ...cHouse, subsidyCapFen: null }, { mode: 'public_rental', areaM2: null }, LUOZHUANG_2020)).toBe(0)
  })

  it.each([LUOZHUANG_2020, HEGANG_2021])('accepts a sound repair plan under %s', (profile) => {
    expect(planProblems(cHouse, repair, profile, '2026-12-17')).toEqual([])
  })

  it('a plan that builds agrees some money: a repair at ¥0 is refused, a rental may be ¥0', () => {
    expect(fields(planProblems(cHouse, { ...repair, subsidyFen: 0 }, LUOZHUANG_2020, '2026-12-17'))).toEqual(['subsidyFen'])
    const rental: PlanDraft = { ...repair, mode: 'rent_swap', areaM2: null, subsidyFen: 0, startOn: null, finishBy: null }
    expect(fields(planProblems(cHouse, rental, LUOZHUANG_2020, '2026-12-17'))).not.toContain('subsidyFen')
  })

  it('reports every problem at once, each against its field', () => {
    const wrong: PlanDraft = {
      ...repair,
      mode: 'rebuild',
      areaM2: 90,
      subsidyFen: 9_000_000,
      payTo: 'landlord',
      finishBy: '2026-12-01',
    }
    expect(fields(planProblems(cHouse, wrong, LUOZHUANG_2020, '2026-12-17'))).toEqual([
      'mode',
      'areaM2',
      'subsidyFen',
      // Before the start and before today: both said.
      'finishBy',
      'finishBy',
      'payTo',
    ])
  })

  it('a give-up plan names how the household is resettled and builds nothing', () => {
    const giveUp: PlanDraft = { ...repair, mode: 'resettle', areaM2: null, subsidyFen: 0, startOn: null, finishBy: null }
    expect(fields(planProblems(cHouse, giveUp, LUOZHUANG_2020, '2026-12-17'))).toEqual(['resettlement'])
    expect(planProblems(cHouse, { ...giveUp, resettlement: 'rental' }, LUOZHUANG_2020, '2026-12-17')).toEqual([])
  })

  it('the works deadline of the campaign bounds the finish, only when the profile sets it', () => {
    const withDeadline = { ...LUOZHUANG_2020, campaignDeadlines: { worksCompleteBy: '2027-04-30', giveUpResettledBy: null } }
    const late = { ...repair, finishBy: '2027-05-01' }
    expect(planProblems(cHouse, late, LUOZHUANG_2020, '2026-12-17')).toEqual([])
    expect(fields(planProblems(cHouse, late, withDeadline, '2026-12-17'))).toEqual(['finishBy'])
    expect(planProblems(cHouse, { ...late, finishBy: '2027-04-30' }, withDeadline, '2026-12-17')).toEqual([])
  })
})

describe('village meeting rules', () => {
  const meeting = { meetingOn: '2026-11-23', attendance: 9, votesFor: 5, votesAgainst: 4, minutesPhotoId: 'up-1' }
  const dates = { cameOn: '2026-11-20', today: '2026-11-23' }

  it('passes a case with more than half of those present, not with exactly half', () => {
    expect(meetingPassed({ attendance: 9, votesFor: 5 })).toBe(true)
    expect(meetingPassed({ attendance: 10, votesFor: 5 })).toBe(false)
  })

  it('a village meeting record agrees with the decision taken on it', () => {
    expect(meetingProblems(meeting, 'approve', dates)).toEqual([])
    expect(meetingProblems(meeting, 'reject', dates).map((p) => p.path[1])).toEqual(['votesFor'])
    expect(meetingProblems({ ...meeting, votesFor: 4, votesAgainst: 5 }, 'reject', dates)).toEqual([])
    expect(meetingProblems({ ...meeting, votesFor: 4, votesAgainst: 5 }, 'return', dates)).toEqual([])
  })

  it('a meeting falls between the case’s arrival at the village and today', () => {
    expect(meetingProblems({ ...meeting, meetingOn: '2026-11-19' }, 'approve', dates).map((p) => p.path[1])).toEqual([
      'meetingOn',
    ])
    expect(meetingProblems({ ...meeting, meetingOn: '2026-11-24' }, 'approve', dates).map((p) => p.path[1])).toEqual([
      'meetingOn',
    ])
    expect(meetingProblems({ ...meeting, meetingOn: '2026-11-20' }, 'approve', dates)).toEqual([])
  })
})
