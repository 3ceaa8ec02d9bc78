import type { CaseState } from '../../schemas/application'
import type { Role } from '../../schemas/user'
import type { WorkflowTable } from './table'

/** The state whose cases wait for a reviewer of this role to approve them (the review inbox). */
export function reviewStateFor(table: WorkflowTable, role: Role): CaseState | null {
  const states = (Object.keys(table.states) as CaseState[]).filter((s) => table.states[s]?.on.approve?.by.includes(role))
  return states[0] ?? null
}
