import { CaseEvent, CaseState } from '@shared/schemas/application'
import { Role } from '@shared/schemas/user'
import { effectsOnEnter, publicityStageOf } from '@shared/domain/workflow/effects'
import { eventsFor, transition } from '@shared/domain/workflow/events'
import { publicityRunning } from '@shared/domain/workflow/guards'
import { reviewStateFor } from '@shared/domain/workflow/inbox'
import { STATE_LABEL } from '@shared/domain/workflow/labels'
import { CLOSED_STATES, PAYABLE_STATES } from '@shared/domain/workflow/states'
import { tableFor } from '@shared/domain/workflow/tables'

const T = tableFor(1)

/**
 * The procedure written out once more, by hand, as the list of every allowed move. The table must match
 * it for every (state, event, role) triple: 12 states × 10 events × 6 roles.
 */
const ALLOWED: Array<[CaseState, CaseEvent, Role, CaseState]> = [
  ['submitted', 'approve', 'village', 'village_approved'],
  ['submitted', 'return', 'village', 'returned'],
  ['submitted', 'reject', 'village', 'rejected'],
  ['submitted', 'withdraw', 'farmer', 'withdrawn'],
  ['returned', 'resubmit', 'farmer', 'submitted'],
  ['returned', 'resubmit', 'village', 'submitted'],
  ['returned', 'withdraw', 'farmer', 'withdrawn'],
  ['village_approved', 'approve', 'township', 'township_approved'],
  ['village_approved', 'return', 'township', 'returned'],
  ['village_approved', 'reject', 'township', 'rejected'],
  ['township_approved', 'approve', 'county', 'county_approved'],
  ['township_approved', 'return', 'county', 'returned'],
  ['township_approved', 'reject', 'county', 'rejected'],
  ['county_approved', 'sign_agreement', 'township', 'agreement_signed'],
  ['agreement_signed', 'start_works', 'township', 'under_construction'],
  ['under_construction', 'accept', 'county', 'accepted'],
  ['accepted', 'settle', 'finance', 'settled'],
  ['settled', 'archive', 'county', 'archived'],
]

const triples = CaseState.options.flatMap((s) => CaseEvent.options.flatMap((e) => Role.options.map((r) => [s, e, r] as const)))

describe('workflow transition table', () => {
  it.each(triples)('%s + %s by %s', (state, event, role) => {
    const allowed = ALLOWED.find(([s, e, r]) => s === state && e === event && r === role)
    const result = transition(T, state, event, role)
    if (allowed) {
      expect(result).toMatchObject({ ok: true, to: allowed[3] })
    } else {
      const eventExists = ALLOWED.some(([s, e]) => s === state && e === event)
      expect(result).toEqual({ ok: false, reason: eventExists ? 'ROLE_NOT_ALLOWED' : 'NO_SUCH_EVENT' })
    }
  })

  it('covers every triple', () => {
    expect(triples).toHaveLength(17 * 17 * 7)
  })

  it('never lets the appraiser move a case, and never leaves a closed state', () => {
    for (const s of CaseState.options) expect(eventsFor(T, s, 'appraiser')).toEqual([])
    for (const s of CLOSED_STATES) for (const r of Role.options) expect(eventsFor(T, s, r)).toEqual([])
  })

  it('can reach archived from submitted through the procedure', () => {
    const seen = new Set<CaseState>(['submitted'])
    const queue: CaseState[] = ['submitted']
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
    expect([...seen].sort()).toEqual(Object.keys(T.states).sort())
  })

  it('gives each reviewing level one inbox state', () => {
    expect(reviewStateFor(T, 'village')).toBe('submitted')
    expect(reviewStateFor(T, 'township')).toBe('village_approved')
    expect(reviewStateFor(T, 'county')).toBe('township_approved')
    expect(reviewStateFor(T, 'farmer')).toBeNull()
    expect(reviewStateFor(T, 'finance')).toBeNull()
  })

  it('publicises the result of each review stage and holds forward moves until it ends', () => {
    const stages = Object.fromEntries(
      CaseState.options.flatMap((s) => (publicityStageOf(T, s) ? [[s, publicityStageOf(T, s)]] : [])),
    )
    expect(stages).toEqual({
      village_approved: 'village_review',
      township_approved: 'township_audit',
      county_approved: 'county_approval',
    })
    const guards = (s: CaseState, e: CaseEvent) => T.states[s]?.on[e]?.guards
    expect(guards('village_approved', 'approve')).toEqual(['publicity_ended'])
    expect(guards('township_approved', 'approve')).toEqual(['publicity_ended'])
    expect(guards('county_approved', 'sign_agreement')).toEqual(['publicity_ended'])
    expect(guards('village_approved', 'return')).toEqual([])
    expect(guards('village_approved', 'reject')).toEqual([])
    expect(guards('submitted', 'approve')).toEqual([])
  })

  it('closes the household case exactly on entering a closed state, and fixes the cap on county approval', () => {
    const entering = (kind: string) => CaseState.options.filter((s) => effectsOnEnter(T, s).some((e) => e.kind === kind))
    expect(entering('close_household_case').sort()).toEqual(CLOSED_STATES.filter((s) => s in T.states).sort())
    expect(entering('fix_subsidy_cap')).toEqual(['county_approved'])
  })

  it('tells the household of every decision a reviewer can make', () => {
    const decided = CaseState.options.flatMap((s) =>
      (['approve', 'return', 'reject'] as const).flatMap((e) => T.states[s]?.on[e]?.to ?? []),
    )
    for (const s of decided) expect(effectsOnEnter(T, s)).toContainEqual({ kind: 'notify_household' })
  })

  it('holds a case through the last day of publicity, inclusive', () => {
    expect(publicityRunning('2026-11-30', '2026-11-30')).toBe(true)
    expect(publicityRunning('2026-11-30', '2026-12-01')).toBe(false)
    expect(publicityRunning(null, '2026-11-30')).toBe(false)
  })

  it('pays only between county approval and archiving', () => {
    expect(PAYABLE_STATES).toEqual([
      'county_approved',
      'plan_chosen',
      'agreement_signed',
      'under_construction',
      'accepted',
      'settled',
    ])
  })

  it('labels every state in Chinese', () => {
    for (const s of CaseState.options) expect(STATE_LABEL[s]).toMatch(/[\u4e00-\u9fa5]/)
  })
})
