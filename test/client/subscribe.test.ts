import { MAX_TEMPLATES_PER_ASK, templateIdsFor } from '../../client/services/subscribe-core'

/** What the consent dialog asks for: the configured templates of the kinds a tap cares about. */
describe('subscribe-message consent', () => {
  const ids = { case_update: 'TPL_CASE', funds_arrived: 'TPL_FUNDS', objection_resolved: '', hazard_update: '' }

  it('asks for the templates of the kinds given, in order, leaving out kinds with no template configured', () => {
    expect(templateIdsFor(['funds_arrived', 'case_update'], ids)).toEqual(['TPL_FUNDS', 'TPL_CASE'])
    expect(templateIdsFor(['objection_resolved'], ids)).toEqual([])
  })

  it('never asks for more than WeChat shows in one dialog, nor for one template twice', () => {
    const same = { case_update: 'A', funds_arrived: 'A', objection_resolved: 'B', hazard_update: '' }
    expect(templateIdsFor(['case_update', 'funds_arrived', 'objection_resolved'], same)).toEqual(['A', 'B'])
    const many = { case_update: 'A', funds_arrived: 'B', objection_resolved: 'C', hazard_update: 'D' }
    expect(templateIdsFor(['case_update', 'funds_arrived', 'objection_resolved', 'case_update'], many)).toHaveLength(
      MAX_TEMPLATES_PER_ASK,
    )
  })
})
