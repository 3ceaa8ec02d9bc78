import type { Mode } from '../schemas/application'
import { PAYMENT_STAGE_LABEL, type PaymentStage } from '../schemas/payment'
import { sumFen } from './money'

/** Moving out is supported by a rental subsidy; building or repairing is paid as start-up, progress and final money. */
const STAGES_BY_MODE: Record<Mode, readonly PaymentStage[]> = {
  repair: ['start', 'structure', 'acceptance', 'settlement'],
  rebuild: ['start', 'structure', 'acceptance', 'settlement'],
  new_site: ['start', 'structure', 'acceptance', 'settlement'],
  public_rental: ['rental'],
  rent_swap: ['rental'],
  resettle: ['rental'],
}

export type StageLine = { stage: PaymentStage; label: string; paidFen: number; expected: boolean }
export type PaymentPlan = {
  capFen: number | null
  paidFen: number
  /** cap − paid once the county has fixed the cap; null before. */
  remainingFen: number | null
  stages: StageLine[]
  /** The first stage of the mode not paid yet, while money is still to come. */
  nextStage: PaymentStage | null
}

/**
 * Where a household stands with the money of one case: what came, what is still to come, and which payment is
 * next. A stage is still expected when nothing has been paid for it and the cap is not used up.
 */
export function paymentPlan(
  c: { mode: Mode; subsidyCapFen: number | null },
  payments: readonly { stage: PaymentStage; amountFen: number }[],
): PaymentPlan {
  const paidFen = sumFen(payments.map((p) => p.amountFen))
  const remainingFen = c.subsidyCapFen === null ? null : Math.max(0, c.subsidyCapFen - paidFen)
  const open = remainingFen !== null && remainingFen > 0
  const stages = STAGES_BY_MODE[c.mode].map((stage) => {
    const paid = sumFen(payments.filter((p) => p.stage === stage).map((p) => p.amountFen))
    return { stage, label: PAYMENT_STAGE_LABEL[stage], paidFen: paid, expected: open && paid === 0 }
  })
  return { capFen: c.subsidyCapFen, paidFen, remainingFen, stages, nextStage: stages.find((s) => s.expected)?.stage ?? null }
}
