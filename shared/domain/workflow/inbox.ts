import type { CaseEvent, CaseState } from '../../schemas/application'
import type { Role } from '../../schemas/user'
import type { WorkflowTable } from './table'

/** The state whose cases wait for a reviewer of this role to approve them (the review inbox of table v1). */
export function reviewStateFor(table: WorkflowTable, role: Role): CaseState | null {
  const states = (Object.keys(table.states) as CaseState[]).filter((s) => table.states[s]?.on.approve?.by.includes(role))
  return states[0] ?? null
}

/**
 * The acts that make a case wait on an official: a review decision; a resubmission the village makes for the
 * household it helps (the returned cases are on the farmer's side, where the village acts with them); the plan the
 * township may choose on the household's behalf; the agreement the township and the village confirm as parties.
 */
const WORK: readonly CaseEvent[] = ['approve', 'resubmit', 'choose_plan', 'sign_agreement']

/** Roles with an inbox; the farmer follows their own cases (application.mine), finance its payable list. */
const INBOX_ROLES: readonly Role[] = ['village', 'township', 'county']

/**
 * The states whose cases wait on this role, in the table's order: where the role may make one of the WORK moves.
 * Empty for a role without an inbox.
 */
export function inboxStatesFor(table: WorkflowTable, role: Role): CaseState[] {
  if (!INBOX_ROLES.includes(role)) return []
  return (Object.keys(table.states) as CaseState[]).filter((s) => WORK.some((e) => table.states[s]?.on[e]?.by.includes(role)))
}

/** Whether the case is one the role reviews (the review page) rather than acts on for the household (the case page). */
export function reviewsAt(table: WorkflowTable, state: CaseState, role: Role): boolean {
  return table.states[state]?.on.approve?.by.includes(role) ?? false
}

/**
 * Whether the case waits on the applicant's corrections (a returned case): no review limit runs against a level then,
 * so the inbox shows no overdue figure for it.
 */
export function waitsOnApplicant(table: WorkflowTable, state: CaseState): boolean {
  return table.states[state]?.on.resubmit !== undefined
}
