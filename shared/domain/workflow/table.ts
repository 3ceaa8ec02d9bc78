import type { CaseEvent, CaseState } from '../../schemas/application'
import type { Role } from '../../schemas/user'
import type { Effect } from './effects'
import type { GuardName } from './guards'

/** One allowed move: who may make it, where it leads, and the guards that must pass first. */
export type Row = { to: CaseState; by: readonly Role[]; guards: readonly GuardName[] }

type StateSpec = { on: Partial<Record<CaseEvent, Row>>; enter: readonly Effect[] }

/** The procedure as data; a case keeps the version it was opened under for its whole life. */
export type WorkflowTable = { version: number; states: Readonly<Record<CaseState, StateSpec>> }
