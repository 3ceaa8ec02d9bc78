import type { CaseEvent, CaseState } from '../../schemas/application'
import type { Role } from '../../schemas/user'
import type { Effect } from './effects'
import type { GuardName } from './guards'

/**
 * One allowed move: who may make it, where it leads, and the guards that must pass first. `effects`, when a
 * row has them, replace the entered state's own: a resubmission that goes straight back to the level that
 * returned it re-enters a publicised state without opening a second notice.
 */
export type Row = { to: CaseState; by: readonly Role[]; guards: readonly GuardName[]; effects?: readonly Effect[] }

export type StateSpec = { on: Partial<Record<CaseEvent, Row>>; enter: readonly Effect[] }

/**
 * The procedure as data; a case keeps the version it was opened under for its whole life. A version lists
 * only the states it knows: a state added later is not in an older table.
 */
export type WorkflowTable = { version: number; states: Readonly<Partial<Record<CaseState, StateSpec>>> }
