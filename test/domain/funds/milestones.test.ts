import { milestonesFor, nextMilestone, settlementNeedsArea } from '@shared/domain/funds/milestones'

describe('works milestones', () => {
  const signed = { state: 'agreement_signed' as const, milestones: { structure: null } }
  const building = { state: 'under_construction' as const, milestones: { structure: null } }

  it('lets the township start the works, then record the main structure once', () => {
    expect(milestonesFor('township', signed, ['start_works', 'change_plan'])).toEqual(['start'])
    expect(milestonesFor('township', building, [])).toEqual(['structure'])
    expect(milestonesFor('township', { ...building, milestones: { structure: '2026-12-01' } }, [])).toEqual([])
  })

  it('lets the county record the acceptance, and nobody else anything', () => {
    expect(milestonesFor('county', building, ['accept', 'change_plan'])).toEqual(['acceptance'])
    expect(milestonesFor('county', signed, ['change_plan'])).toEqual([])
    expect(milestonesFor('finance', building, [])).toEqual([])
    expect(milestonesFor(null, building, [])).toEqual([])
  })

  it('names the milestone each case waits for', () => {
    expect(nextMilestone(signed)).toBe('start')
    expect(nextMilestone(building)).toBe('structure')
    expect(nextMilestone({ ...building, milestones: { structure: '2026-12-01' } })).toBe('acceptance')
    expect(nextMilestone({ state: 'accepted', milestones: { structure: '2026-12-01' } })).toBeNull()
  })

  it('asks the area only of a rebuilt house or one on a new site', () => {
    expect(settlementNeedsArea('rebuild')).toBe(true)
    expect(settlementNeedsArea('new_site')).toBe(true)
    expect(settlementNeedsArea('repair')).toBe(false)
  })
})
