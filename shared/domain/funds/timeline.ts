import type { Disbursement } from '../../schemas/funds'
import { PAYMENT_STAGE_LABEL, type PaymentStage } from '../../schemas/payment'
import type { PolicyProfile } from '../policy-profile'
import { type FundsCase, liveLines, settledNeeds, startUpFen, sumOf } from './amounts'
import { isWorksStage, startUpShares, stagesOf } from './stages'

/**
 * received: the stage's money is in the account; paying: with the bank now; due: its milestone is reached and the
 * township owes it (or waits for the money from finance); waiting: its milestone is not reached yet.
 */
export type StageStatus = 'received' | 'paying' | 'due' | 'waiting'

export const STAGE_STATUS_LABEL: Record<StageStatus, string> = {
  received: '已到账',
  paying: '银行转账中',
  due: '待拨付',
  waiting: '未到支付节点',
}

export type TimelineStage = {
  stage: PaymentStage
  label: string
  /** What this stage is expected to bring, to the fen (the county's shares of the start-up money; settlement the rest). */
  expectedFen: number
  receivedFen: number
  status: StageStatus
  /** The day it arrived (last payment of the stage), or the day it fell due; null while waiting. */
  on: string | null
}

export type Timeline = { totalFen: number; receivedFen: number; toComeFen: number; stages: TimelineStage[] }

/**
 * The household's payments of one case as a timeline of what is expected at each stage and what came, with the
 * amount still to come. Before settlement the total is the agreed subsidy; once settled, the approved one.
 */
export function paymentTimeline(c: FundsCase, profile: PolicyProfile, lines: readonly Disbursement[]): Timeline {
  const plan = c.plan
  const total = c.settlement?.approvedFen ?? plan?.subsidyFen ?? c.subsidyCapFen ?? 0
  const live = liveLines(lines)
  const startUp = startUpFen(c, profile) ?? 0
  const shares = startUpShares(startUp, profile.stagePercents)
  const mode = plan?.mode ?? c.mode
  const stages = stagesOf(mode).map((stage): TimelineStage => {
    const own = live.filter((l) => l.stage === stage)
    const received = sumOf(own.filter((l) => l.status === 'paid'))
    let expected: number
    if (!isWorksStage(stage)) expected = total
    else if (c.settlement)
      expected = stage === 'settlement' ? settledNeeds(c.settlement.approvedFen, lines).finalTargetFen : sumOf(own)
    else expected = stage === 'settlement' ? Math.max(0, total - startUp) : shares[stage]
    const reached = isWorksStage(stage) ? c.milestones[stage] : (own[0]?.dueOn ?? null)
    const paidOn =
      own
        .filter((l) => l.status === 'paid')
        .map((l) => l.paidOn ?? '')
        .sort()
        .at(-1) ?? null
    const status: StageStatus =
      expected > 0 && received >= expected
        ? 'received'
        : own.some((l) => l.status === 'in_batch')
          ? 'paying'
          : reached !== null
            ? 'due'
            : 'waiting'
    return {
      stage,
      label: PAYMENT_STAGE_LABEL[stage],
      expectedFen: expected,
      receivedFen: received,
      status,
      on: status === 'received' ? paidOn : reached,
    }
  })
  const receivedFen = sumOf(live.filter((l) => l.status === 'paid'))
  return { totalFen: total, receivedFen, toComeFen: Math.max(0, total - receivedFen), stages }
}

/** What one stage still has to bring: never negative, also when a stage brought more than it was expected to. */
export const stillToComeFen = (stage: Pick<TimelineStage, 'expectedFen' | 'receivedFen'>) =>
  Math.max(0, stage.expectedFen - stage.receivedFen)
