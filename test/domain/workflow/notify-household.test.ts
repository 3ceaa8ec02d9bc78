import { effectsOnEnter } from '@shared/domain/workflow/effects'
import { CURRENT_TABLE } from '@shared/domain/workflow/tables'
import type { CaseState } from '@shared/schemas/application'

/** Every status change the farmer cares about reaches them: the outbox message and the in-app list. */
describe('the household hears of every state its case enters (table v2)', () => {
  const states = Object.keys(CURRENT_TABLE.states) as CaseState[]

  it.each(states.map((s) => [s]))('entering %s tells the household', (state) => {
    expect(effectsOnEnter(CURRENT_TABLE, state)).toContainEqual({ kind: 'notify_household' })
  })

  it('lets only a resubmission (the applicant’s own act) skip the message, by its row’s own effects', () => {
    const silent = states.flatMap((from) =>
      Object.entries(CURRENT_TABLE.states[from]!.on).flatMap(([event, row]) =>
        row?.effects && !row.effects.some((e) => e.kind === 'notify_household') ? [event] : [],
      ),
    )
    expect(new Set(silent)).toEqual(new Set(['resubmit']))
  })
})
