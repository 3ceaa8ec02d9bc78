import type { CaseEvent, CaseState } from '../../schemas/application'
import type { Role } from '../../schemas/user'
import type { Effect } from './effects'
import type { Row, WorkflowTable } from './table'

export type Transition = { ok: true; to: CaseState; row: Row } | { ok: false; reason: 'NO_SUCH_EVENT' | 'ROLE_NOT_ALLOWED' }

/** (state, event, actor role) → the table's row, or why there is none. Guards are checked by the caller. */
export function transition(table: WorkflowTable, state: CaseState, event: CaseEvent, role: Role): Transition {
  const row = table.states[state]?.on[event]
  if (!row) return { ok: false, reason: 'NO_SUCH_EVENT' }
  if (!row.by.includes(role)) return { ok: false, reason: 'ROLE_NOT_ALLOWED' }
  return { ok: true, to: row.to, row }
}

export function eventsFor(table: WorkflowTable, state: CaseState, role: Role): CaseEvent[] {
  return (Object.keys(table.states[state]?.on ?? {}) as CaseEvent[]).filter((e) => transition(table, state, e, role).ok)
}

/** What a move sets off: the row's own effects where it declares them, else the entered state's. */
export function effectsOfMove(table: WorkflowTable, row: Row): readonly Effect[] {
  return row.effects ?? table.states[row.to]?.enter ?? []
}
