import type { CaseDetail } from '@shared/api/views'
import { publicityStageOf } from '@shared/domain/workflow/effects'
import { publicityRunning } from '@shared/domain/workflow/guards'
import { tableFor } from '@shared/domain/workflow/tables'

/**
 * The publicity that still holds a case back: the next reviewer may approve only from the day after
 * `closesOn` (returning or rejecting is allowed at any time).
 */
export function runningUntil(closesOn: string | null, today: string): string | null {
  return publicityRunning(closesOn, today) ? closesOn : null
}

/** The running notice for the stage the case is in, from a case detail. */
export function currentNotice(detail: CaseDetail) {
  const stage = publicityStageOf(tableFor(detail.case.workflowVersion), detail.case.state)
  return stage ? (detail.notices.find((n) => n.stage === stage && n.running) ?? null) : null
}
