import { CaseEvent, CaseState } from '@shared/schemas/application'
import { Role } from '@shared/schemas/user'
import { effectsOnEnter, publicityStageOf } from '@shared/domain/workflow/effects'
import { effectsOfMove, eventsFor, transition } from '@shared/domain/workflow/events'
import type { GuardName } from '@shared/domain/workflow/guards'
import { inboxStatesFor, reviewsAt, waitsOnApplicant } from '@shared/domain/workflow/inbox'
import { EVENT_LABEL, STATE_LABEL } from '@shared/domain/workflow/labels'
import { CLOSED_STATES } from '@shared/domain/workflow/states'
import { CURRENT_TABLE, tableFor } from '@shared/domain/workflow/tables'

const T = tableFor(2)

type Allowed = [CaseState, CaseEvent, Role[], CaseState]

/**
 * Table v2 written out once more, by hand, as the list of every allowed move and who may make it. The table must
 * match it for every (state, event, role) triple: 17 states × 17 events × 7 roles.
 */
const ALLOWED: Allowed[] = [
  ['submitted', 'approve', ['village'], 'village_approved'],
  ['submitted', 'return', ['village'], 'returned'],
  ['submitted', 'reject', ['village'], 'rejected'],
  ['submitted', 'withdraw', ['farmer', 'village'], 'withdrawn'],
  ['submitted', 'found_safe', ['appraiser', 'township'], 'ineligible'],
  ['returned', 'resubmit', ['farmer', 'village'], 'submitted'],
  ['returned', 'withdraw', ['farmer', 'village'], 'withdrawn'],
  ['returned', 'found_safe', ['appraiser', 'township'], 'ineligible'],
  ['returned_by_township', 'resubmit', ['farmer', 'village'], 'village_approved'],
  ['returned_by_township', 'withdraw', ['farmer', 'village'], 'withdrawn'],
  ['returned_by_township', 'found_safe', ['appraiser', 'township'], 'ineligible'],
  ['returned_by_county', 'resubmit', ['farmer', 'village'], 'township_approved'],
  ['returned_by_county', 'withdraw', ['farmer', 'village'], 'withdrawn'],
  ['returned_by_county', 'found_safe', ['appraiser', 'township'], 'ineligible'],
  ['village_approved', 'approve', ['township'], 'township_approved'],
  ['village_approved', 'return', ['township'], 'returned_by_township'],
  ['village_approved', 'return_below', ['township'], 'submitted'],
  ['village_approved', 'reject', ['township'], 'rejected'],
  ['village_approved', 'found_safe', ['appraiser', 'township'], 'ineligible'],
  ['village_approved', 'objection_return', ['township'], 'returned'],
  ['village_approved', 'objection_reject', ['township'], 'rejected'],
  ['township_approved', 'approve', ['county'], 'county_approved'],
  ['township_approved', 'return', ['county'], 'returned_by_county'],
  ['township_approved', 'return_below', ['county'], 'village_approved'],
  ['township_approved', 'reject', ['county'], 'rejected'],
  ['township_approved', 'found_safe', ['appraiser', 'township'], 'ineligible'],
  ['township_approved', 'objection_return', ['township'], 'returned'],
  ['township_approved', 'objection_reject', ['township'], 'rejected'],
  ['county_approved', 'choose_plan', ['farmer', 'township'], 'plan_chosen'],
  ['county_approved', 'resettle', ['farmer', 'township'], 'resettled'],
  ['county_approved', 'objection_return', ['township'], 'returned'],
  ['county_approved', 'objection_reject', ['township'], 'rejected'],
  ['plan_chosen', 'choose_plan', ['farmer', 'township'], 'plan_chosen'],
  ['plan_chosen', 'resettle', ['farmer', 'township'], 'resettled'],
  ['plan_chosen', 'sign_agreement', ['farmer', 'village', 'township'], 'agreement_signed'],
  ['agreement_signed', 'start_works', ['township'], 'under_construction'],
  ['agreement_signed', 'change_plan', ['county'], 'plan_chosen'],
  ['under_construction', 'accept', ['county'], 'accepted'],
  ['under_construction', 'change_plan', ['county'], 'plan_chosen'],
  ['accepted', 'settle', ['finance'], 'settled'],
  ['settled', 'archive', ['county'], 'archived'],
]

/** The guards of every allowed row, by hand; a row not listed here has none. */
const afterPublicity: GuardName[] = ['publicity_ended', 'no_open_objection']
const GUARDS: Partial<Record<`${CaseState} ${CaseEvent}`, GuardName[]>> = {
  'submitted approve': ['not_filed_by_actor', 'village_meeting_recorded'],
  'submitted return': ['not_filed_by_actor'],
  'submitted reject': ['not_filed_by_actor', 'village_meeting_recorded'],
  'submitted withdraw': ['withdrawer_is_applicant'],
  'returned withdraw': ['withdrawer_is_applicant'],
  'returned_by_township withdraw': ['withdrawer_is_applicant'],
  'returned_by_county withdraw': ['withdrawer_is_applicant'],
  'village_approved approve': afterPublicity,
  'village_approved return': ['publicity_ended'],
  'township_approved approve': [...afterPublicity, 'house_eligible'],
  'township_approved return': ['publicity_ended'],
  'county_approved choose_plan': afterPublicity,
  'county_approved resettle': afterPublicity,
  'plan_chosen sign_agreement': ['all_parties_confirmed'],
}

const triples = CaseState.options.flatMap((s) => CaseEvent.options.flatMap((e) => Role.options.map((r) => [s, e, r] as const)))

const told = { kind: 'notify_household' }

describe('workflow table v2: every (state, event, role)', () => {
  it('is the table new cases open under', () => {
    expect(CURRENT_TABLE).toBe(T)
    expect(triples).toHaveLength(17 * 17 * 7)
  })

  it.each(triples)('%s + %s by %s', (state, event, role) => {
    const allowed = ALLOWED.find(([s, e, by]) => s === state && e === event && by.includes(role))
    const result = transition(T, state, event, role)
    if (allowed) {
      expect(result).toMatchObject({ ok: true, to: allowed[3] })
      if (result.ok) expect(result.row.guards).toEqual(GUARDS[`${state} ${event}`] ?? [])
    } else {
      const eventExists = ALLOWED.some(([s, e]) => s === state && e === event)
      expect(result).toEqual({ ok: false, reason: eventExists ? 'ROLE_NOT_ALLOWED' : 'NO_SUCH_EVENT' })
    }
  })

  it('lists no guard for a row it does not have', () => {
    for (const key of Object.keys(GUARDS)) {
      const [s, e] = key.split(' ') as [CaseState, CaseEvent]
      expect(ALLOWED.some(([as, ae]) => as === s && ae === e)).toBe(true)
    }
  })
})

describe('workflow table v2: the procedure', () => {
  it('knows every state, and never leaves a closed one', () => {
    expect(Object.keys(T.states).sort()).toEqual([...CaseState.options].sort())
    for (const s of CLOSED_STATES) for (const r of Role.options) expect(eventsFor(T, s, r)).toEqual([])
  })

  it('reaches every state from submitted, and a closed state from every open one', () => {
    const reachable = (from: CaseState) => {
      const seen = new Set<CaseState>([from])
      const queue = [from]
      while (queue.length) {
        const s = queue.shift()!
        for (const r of Role.options)
          for (const e of eventsFor(T, s, r)) {
            const t = transition(T, s, e, r)
            if (t.ok && !seen.has(t.to)) {
              seen.add(t.to)
              queue.push(t.to)
            }
          }
      }
      return seen
    }
    expect([...reachable('submitted')].sort()).toEqual([...CaseState.options].sort())
    for (const s of CaseState.options) expect(CLOSED_STATES.some((c) => reachable(s).has(c))).toBe(true)
  })

  it('sends a resubmission straight back to the level that returned the case', () => {
    const returns = ALLOWED.filter(([, e]) => e === 'return')
    expect(returns).toHaveLength(3)
    for (const [from, , , returnedTo] of returns) {
      expect(T.states[returnedTo]?.on.resubmit?.to).toBe(from)
    }
  })

  it('opens no second notice when a resubmission or a return below re-enters a publicised stage', () => {
    const row = (s: CaseState, e: CaseEvent) => T.states[s]!.on[e]!
    expect(effectsOfMove(T, row('returned_by_township', 'resubmit'))).toEqual([])
    expect(effectsOfMove(T, row('returned_by_county', 'resubmit'))).toEqual([])
    expect(effectsOfMove(T, row('township_approved', 'return_below'))).toEqual([told])
    // The village reviews again from scratch; its new approval opens its own notice.
    expect(effectsOfMove(T, row('village_approved', 'return_below'))).toEqual([told])
    expect(effectsOfMove(T, row('returned', 'resubmit'))).toEqual([told])
  })

  it('sends a case below to the level whose approval brought it up', () => {
    for (const [from, , , to] of ALLOWED.filter(([, e]) => e === 'return_below')) {
      expect(T.states[to]?.on.approve?.to).toBe(from)
    }
  })

  it('lets the applicant withdraw only before the village review or while the case is returned to them', () => {
    const withdrawable = CaseState.options.filter((s) => transition(T, s, 'withdraw', 'farmer').ok)
    expect(withdrawable).toEqual(['submitted', 'returned', 'returned_by_township', 'returned_by_county'])
  })

  it('publicises the result of each review stage and holds forward moves until it ends and its objections are resolved', () => {
    const stages = Object.fromEntries(
      CaseState.options.flatMap((s) => (publicityStageOf(T, s) ? [[s, publicityStageOf(T, s)]] : [])),
    )
    expect(stages).toEqual({
      village_approved: 'village_review',
      township_approved: 'township_audit',
      county_approved: 'county_approval',
    })
    for (const s of Object.keys(stages) as CaseState[]) {
      for (const [e, row] of Object.entries(T.states[s]!.on)) {
        const forward = !['return', 'return_below', 'reject', 'found_safe', 'objection_return', 'objection_reject'].includes(e)
        if (forward) expect(row!.guards).toEqual(expect.arrayContaining(afterPublicity))
      }
    }
  })

  it('closes the household case exactly on entering a closed state, and fixes the cap on county approval only', () => {
    const entering = (kind: string) => CaseState.options.filter((s) => effectsOnEnter(T, s).some((e) => e.kind === kind))
    expect(entering('close_household_case').sort()).toEqual([...CLOSED_STATES].sort())
    expect(entering('fix_subsidy_cap')).toEqual(['county_approved'])
  })

  it('tells the household of every move an official makes on its case', () => {
    for (const [s, e, by] of ALLOWED) {
      if (by.every((r) => r === 'farmer')) continue
      const row = T.states[s]!.on[e]!
      // A resubmission is the household's own (or made with it); every other official move is told.
      if (e === 'resubmit') continue
      if (e === 'start_works' || e === 'accept' || e === 'settle' || e === 'archive') continue
      expect({ move: `${s} ${e}`, effects: effectsOfMove(T, row) }).toEqual({
        move: `${s} ${e}`,
        effects: expect.arrayContaining([told]),
      })
    }
  })

  it('labels every state and every event in Chinese', () => {
    for (const s of CaseState.options) expect(STATE_LABEL[s]).toMatch(/[\u4e00-\u9fa5]/)
    for (const e of [...CaseEvent.options, 'submit' as const]) expect(EVENT_LABEL[e]).toMatch(/[\u4e00-\u9fa5]/)
  })
})

describe('workflow table v2: inboxes', () => {
  it('gives each level the cases that wait on it, and the farmer and finance none', () => {
    expect(inboxStatesFor(T, 'village')).toEqual([
      'submitted',
      'returned',
      'returned_by_township',
      'returned_by_county',
      'plan_chosen',
    ])
    expect(inboxStatesFor(T, 'township')).toEqual(['village_approved', 'county_approved', 'plan_chosen'])
    expect(inboxStatesFor(T, 'county')).toEqual(['township_approved'])
    for (const r of ['farmer', 'finance', 'appraiser', 'admin'] as const) expect(inboxStatesFor(T, r)).toEqual([])
  })

  it('runs no review limit while a returned case waits on the applicant', () => {
    expect(CaseState.options.filter((s) => waitsOnApplicant(T, s))).toEqual([
      'returned',
      'returned_by_township',
      'returned_by_county',
    ])
  })

  it('sends the reviewer to the review page only where the level reviews', () => {
    expect(reviewsAt(T, 'submitted', 'village')).toBe(true)
    expect(reviewsAt(T, 'returned', 'village')).toBe(false)
    expect(reviewsAt(T, 'village_approved', 'township')).toBe(true)
    expect(reviewsAt(T, 'county_approved', 'township')).toBe(false)
  })
})
