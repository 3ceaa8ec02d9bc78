import type { CaseEvent, CaseState } from '../schemas/application'
import type { PublicityStage } from '../schemas/publicity'
import type { Role } from '../schemas/user'

/**
 * The procedure as a pure transition table: (state, event, actor role) → next state | refusal.
 * Bump WORKFLOW_VERSION whenever a row changes; each case stores the version it was opened under.
 */
export const WORKFLOW_VERSION = 1

type Row = { to: CaseState; by: readonly Role[] }

export const TRANSITIONS: Readonly<Record<CaseState, Partial<Record<CaseEvent, Row>>>> = {
  submitted: {
    approve: { to: 'village_approved', by: ['village'] },
    return: { to: 'returned', by: ['village'] },
    reject: { to: 'rejected', by: ['village'] },
    withdraw: { to: 'withdrawn', by: ['farmer'] },
  },
  returned: {
    resubmit: { to: 'submitted', by: ['farmer', 'village'] },
    withdraw: { to: 'withdrawn', by: ['farmer'] },
  },
  village_approved: {
    approve: { to: 'township_approved', by: ['township'] },
    return: { to: 'returned', by: ['township'] },
    reject: { to: 'rejected', by: ['township'] },
  },
  township_approved: {
    approve: { to: 'county_approved', by: ['county'] },
    return: { to: 'returned', by: ['county'] },
    reject: { to: 'rejected', by: ['county'] },
  },
  county_approved: {
    sign_agreement: { to: 'agreement_signed', by: ['township'] },
  },
  agreement_signed: {
    start_works: { to: 'under_construction', by: ['township'] },
  },
  under_construction: {
    accept: { to: 'accepted', by: ['county'] },
  },
  accepted: {
    settle: { to: 'settled', by: ['finance'] },
  },
  settled: {
    archive: { to: 'archived', by: ['county'] },
  },
  archived: {},
  rejected: {},
  withdrawn: {},
}

export type Transition = { ok: true; to: CaseState } | { ok: false; reason: 'NO_SUCH_EVENT' | 'ROLE_NOT_ALLOWED' }

export function transition(state: CaseState, event: CaseEvent, role: Role): Transition {
  const row = TRANSITIONS[state][event]
  if (!row) return { ok: false, reason: 'NO_SUCH_EVENT' }
  if (!row.by.includes(role)) return { ok: false, reason: 'ROLE_NOT_ALLOWED' }
  return { ok: true, to: row.to }
}

export function eventsFor(state: CaseState, role: Role): CaseEvent[] {
  return (Object.keys(TRANSITIONS[state]) as CaseEvent[]).filter((e) => transition(state, e, role).ok)
}

/** Entering these states publicises the stage's result on the village board. */
export const PUBLICITY_ON_ENTER: Readonly<Partial<Record<CaseState, PublicityStage>>> = {
  village_approved: 'village_review',
  township_approved: 'township_audit',
  county_approved: 'county_approval',
}

/**
 * Moving a case forward out of a publicised state waits until the publicity has run its course;
 * returning or rejecting may happen at once (an objection may have shown the case to be wrong).
 */
export function waitsForPublicity(state: CaseState, event: CaseEvent): boolean {
  return PUBLICITY_ON_ENTER[state] !== undefined && !['return', 'reject', 'withdraw'].includes(event)
}

/** The state whose cases wait for a reviewer of this role to approve them (the review inbox). */
export function reviewStateFor(role: Role): CaseState | null {
  const states = (Object.keys(TRANSITIONS) as CaseState[]).filter((s) => TRANSITIONS[s].approve?.by.includes(role))
  return states[0] ?? null
}

/** Money may reach a household once the county has approved and until the case is archived. */
export const PAYABLE_STATES: readonly CaseState[] = [
  'county_approved',
  'agreement_signed',
  'under_construction',
  'accepted',
  'settled',
]

/** A household may hold only one case that is still alive. */
export const CLOSED_STATES: readonly CaseState[] = ['archived', 'rejected', 'withdrawn']

export const STATE_LABEL: Readonly<Record<CaseState, string>> = {
  submitted: '待村评议',
  returned: '退回补正',
  village_approved: '村评议通过（公示中）',
  township_approved: '乡镇审核通过（公示中）',
  county_approved: '县级审批通过',
  agreement_signed: '已签协议',
  under_construction: '施工中',
  accepted: '已竣工验收',
  settled: '已结算',
  archived: '已归档',
  rejected: '不予支持',
  withdrawn: '已撤回',
}

export const EVENT_LABEL: Readonly<Record<CaseEvent | 'submit', string>> = {
  submit: '提交申请',
  approve: '通过',
  return: '退回',
  reject: '不予支持',
  resubmit: '重新提交',
  withdraw: '撤回',
  sign_agreement: '签订协议',
  start_works: '开工',
  accept: '竣工验收',
  settle: '结算',
  archive: '归档',
}

/**
 * A publicity window holds a case through its last day, inclusive; the next level may act from the day after.
 * Dates are YYYY-MM-DD, which order as text.
 */
export function publicityRunning(closesOn: string | null, today: string): boolean {
  return closesOn !== null && today <= closesOn
}
