import type { Application } from '../../schemas/application'
import type { Disbursement } from '../../schemas/funds'
import { buildsHouse, planGrade } from '../plan'
import type { PolicyProfile } from '../policy-profile'
import { assertFen, sumFen } from '../money'
import { preAllocationFen, subsidyCapFen } from '../subsidy'

export type FundsCase = Pick<
  Application,
  | 'mode'
  | 'plan'
  | 'houseId'
  | 'appraisedGrade'
  | 'gradeAtApplication'
  | 'householdSize'
  | 'subsidyCapFen'
  | 'paidFen'
  | 'history'
  | 'createdAt'
  | 'allocatedFen'
  | 'milestones'
  | 'settlement'
  | 'rental'
>

/** Lines that still hold money: every one but a cancelled line. */
export const liveLines = <L extends Pick<Disbursement, 'status'>>(lines: readonly L[]) =>
  lines.filter((l) => l.status !== 'cancelled')

/** Paid, or with the bank now: money the township can no longer take back by cancelling the line. */
export const committedLines = <L extends Pick<Disbursement, 'status'>>(lines: readonly L[]) =>
  lines.filter((l) => l.status === 'paid' || l.status === 'in_batch')

export const sumOf = (lines: readonly { amountFen: number }[]) => sumFen(lines.map((l) => l.amountFen))

/**
 * The start-up money finance pre-allocates for a house being built or repaired: the profile's amount for the grade
 * (district: C ¥5,000, D ¥20,000), never more than the subsidy the agreement fixed. Null for a case that builds
 * nothing (a rental subsidy is allocated on its contract).
 */
export function startUpFen(c: FundsCase, profile: PolicyProfile): number | null {
  const plan = c.plan
  if (!plan || !buildsHouse(plan.mode)) return null
  const pre = preAllocationFen(planGrade(c), profile, plan.mode)
  if (pre === null) return null
  return Math.min(pre, plan.subsidyFen)
}

/**
 * The subsidy a finished house is paid (据实结算): the settled actual cost, never above the case's ceiling, and for a
 * house built never above rate × the standard area as built (a larger house, specially approved, is still paid only
 * for the standard area; a smaller one only for what was built).
 */
export function approvedSubsidyFen(
  c: FundsCase,
  profile: PolicyProfile,
  settled: { costFen: number; builtAreaM2: number | null },
): number {
  assertFen(settled.costFen)
  const plan = c.plan
  if (!plan) throw new RangeError('a case without a plan is not settled')
  let cap = c.subsidyCapFen ?? 0
  if (plan.mode === 'rebuild' || plan.mode === 'new_site') {
    if (settled.builtAreaM2 === null) throw new RangeError('a house built is settled with its area as built')
    const asBuilt = subsidyCapFen({
      grade: planGrade(c),
      mode: plan.mode,
      householdSize: c.householdSize,
      floorAreaM2: settled.builtAreaM2,
      profile,
    })
    cap = Math.min(cap, asBuilt ?? 0)
  }
  return Math.min(settled.costFen, cap)
}

export type SettlementOutcome = {
  approvedFen: number
  /** Paid or with the bank beyond the approved subsidy: flagged for recovery, never paid negative. */
  recoveryFen: number
  /** Due or failed lines that will not be paid now; the settlement line pays what is still owed instead. */
  cancelIds: string[]
  /** The last payment: approved − paid so far (including what is with the bank), never negative. */
  finalFen: number
  /** What the township needs for this household in all: what it paid or has with the bank, plus the last payment. */
  neededFen: number
}

/**
 * Settlement fixes the money of a case. Lines not yet with the bank are cancelled and replaced by one last payment
 * of what is still owed, so the household is paid exactly the approved subsidy; what was already paid beyond it is
 * flagged for recovery instead of being paid negative.
 */
export function settle(approvedFen: number, lines: readonly Disbursement[]): SettlementOutcome {
  assertFen(approvedFen)
  const committed = sumOf(committedLines(lines))
  const cancelIds = lines.filter((l) => l.status === 'due' || l.status === 'failed').map((l) => l._id)
  const finalFen = Math.max(0, approvedFen - committed)
  return {
    approvedFen,
    recoveryFen: Math.max(0, committed - approvedFen),
    cancelIds,
    finalFen,
    neededFen: committed + finalFen,
  }
}

/**
 * After settlement the household is owed the approved subsidy in all: the settlement line pays what the earlier
 * stages' live lines leave of it (never negative), and the township needs their sum plus that line.
 */
export function settledNeeds(approvedFen: number, lines: readonly Disbursement[]): { finalTargetFen: number; neededFen: number } {
  const before = sumOf(liveLines(lines).filter((l) => l.stage !== 'settlement'))
  const finalTargetFen = Math.max(0, approvedFen - before)
  return { finalTargetFen, neededFen: before + finalTargetFen }
}

/** What the remainder allocation after settlement sends: what the township needs beyond what it already has. */
export function remainderFen(c: FundsCase, lines: readonly Disbursement[]): number {
  if (!c.settlement) return 0
  return Math.max(0, settledNeeds(c.settlement.approvedFen, lines).neededFen - c.allocatedFen)
}
