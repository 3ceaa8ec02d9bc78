import type { CaseState } from '../../schemas/application'
import { publicityRunning } from './guards'
import { STATE_LABEL } from './labels'

/** After each level approved, the case is publicised; once that ends it waits for the next level (or the plan). */
const AFTER_PUBLICITY: Partial<Record<CaseState, string>> = {
  village_approved: '村评议通过（公示期满，待乡镇审核）',
  township_approved: '乡镇审核通过（公示期满，待县审批）',
  county_approved: '县级审批通过（公示期满，待定改造方案）',
}

/**
 * The state as a person reads it today: never "公示中" once the window has ended, and an objection that holds the
 * case is said, so nobody waits for a next level that may not act yet.
 */
export function statusLabel(
  c: { state: CaseState; publicityClosesOn: string | null; openObjections?: number },
  today: string,
): string {
  const after = AFTER_PUBLICITY[c.state]
  const label = after && !publicityRunning(c.publicityClosesOn, today) ? after : STATE_LABEL[c.state]
  return (c.openObjections ?? 0) > 0 ? `${label}；公示有异议，乡镇核实中` : label
}
