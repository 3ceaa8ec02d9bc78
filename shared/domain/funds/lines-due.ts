import type { Disbursement } from '../../schemas/funds'
import type { PaymentStage } from '../../schemas/payment'
import type { PolicyProfile } from '../policy-profile'
import { type FundsCase, liveLines, settledNeeds, startUpFen, sumOf } from './amounts'
import { WORKS_STAGES, type WorksStage, startUpShares } from './stages'

export type NewLine = { stage: PaymentStage; instalment: number; amountFen: number; dueOn: string }

type LineLike = Pick<Disbursement, 'stage' | 'status' | 'amountFen' | 'instalment'>

/**
 * What each stage is owed once its milestone is reached: before settlement a share of the start-up money; once
 * settled the earlier stages keep what they hold and the settlement line takes the rest of the approved subsidy.
 */
function stageTarget(c: FundsCase, profile: PolicyProfile, stage: WorksStage, lined: number, lines: readonly LineLike[]): number {
  if (c.milestones[stage] === null) return lined
  if (c.settlement) {
    return stage === 'settlement' ? settledNeeds(c.settlement.approvedFen, lines as Disbursement[]).finalTargetFen : lined
  }
  if (stage === 'settlement') return lined
  const startUp = startUpFen(c, profile) ?? 0
  return startUpShares(startUp, profile.stagePercents)[stage]
}

/**
 * The payments that fall due now (pure, and the same answer however often it is asked): for each milestone reached,
 * in order, what its stage is still owed, as far as the money allocated to the township and not yet in a line
 * reaches. A stage paid in part because the money ran short gets the rest as its next instalment when more arrives.
 */
export function linesDue(c: FundsCase, profile: PolicyProfile, lines: readonly LineLike[]): NewLine[] {
  if (!c.plan || c.plan.mode === 'public_rental' || c.plan.mode === 'resettle') return []
  const live = liveLines(lines)
  let available = c.allocatedFen - sumOf(live)
  if (c.plan.mode === 'rent_swap') return rentalDue(c, available, lines)
  const out: NewLine[] = []
  for (const stage of WORKS_STAGES) {
    const dueOn = c.milestones[stage]
    if (dueOn === null) continue
    const lined = sumOf(live.filter((l) => l.stage === stage))
    const need = stageTarget(c, profile, stage, lined, lines) - lined
    if (need <= 0 || available <= 0) continue
    const amountFen = Math.min(need, available)
    available -= amountFen
    out.push({ stage, instalment: lines.filter((l) => l.stage === stage).length + 1, amountFen, dueOn })
  }
  return out
}

/** A rental contract's instalments, each whole, each once, as far as the contract's money has been allocated. */
function rentalDue(c: FundsCase, available: number, lines: readonly LineLike[]): NewLine[] {
  const out: NewLine[] = []
  for (const [i, instalment] of (c.rental?.instalments ?? []).entries()) {
    if (lines.some((l) => l.stage === 'rental' && l.instalment === i + 1)) continue
    if (instalment.amountFen > available) break
    available -= instalment.amountFen
    out.push({ stage: 'rental', instalment: i + 1, amountFen: instalment.amountFen, dueOn: instalment.dueOn })
  }
  return out
}
