import type { CaseState } from '../../schemas/application'
import type { PublicityStage } from '../../schemas/publicity'
import type { WorkflowTable } from './table'

/** What entering a state sets off, declared as data beside the table and run by the use case's effect handlers. */
export type Effect =
  | { kind: 'publicise'; stage: PublicityStage }
  | { kind: 'fix_subsidy_cap' }
  | { kind: 'close_household_case' }
  | { kind: 'notify_household' }

export type EffectKind = Effect['kind']

export function effectsOnEnter(table: WorkflowTable, state: CaseState): readonly Effect[] {
  return table.states[state]?.enter ?? []
}

/** The publicity stage that entering this state opens on the village board, if any. */
export function publicityStageOf(table: WorkflowTable, state: CaseState): PublicityStage | null {
  for (const effect of effectsOnEnter(table, state)) if (effect.kind === 'publicise') return effect.stage
  return null
}
