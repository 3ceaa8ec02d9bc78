import type { Allocation, Disbursement } from '../../schemas/funds'
import { sumFen } from '../money'

/**
 * Where every fen allocated to a township for a household is: paid, due, with the bank, failed, or still held for
 * a milestone not reached (未到支付节点). allocated = paid + due + inBatch + failed + held, by construction of `held`;
 * what reconciliation checks is that `held` is never negative and that the case's own counters agree with the lines.
 */
export type Position = {
  allocatedFen: number
  paidFen: number
  dueFen: number
  inBatchFen: number
  failedFen: number
  heldFen: number
}

export const EMPTY_POSITION: Position = { allocatedFen: 0, paidFen: 0, dueFen: 0, inBatchFen: 0, failedFen: 0, heldFen: 0 }

/** Allocated money less what settlements returned. */
export const allocatedOf = (allocations: readonly Pick<Allocation, 'kind' | 'amountFen'>[]) =>
  sumFen(allocations.filter((a) => a.kind !== 'return').map((a) => a.amountFen)) -
  sumFen(allocations.filter((a) => a.kind === 'return').map((a) => a.amountFen))

const STATUS_FIELD = { paid: 'paidFen', due: 'dueFen', in_batch: 'inBatchFen', failed: 'failedFen' } as const

export function positionOf(
  allocations: readonly Pick<Allocation, 'kind' | 'amountFen'>[],
  lines: readonly Pick<Disbursement, 'status' | 'amountFen'>[],
): Position {
  const p = { ...EMPTY_POSITION, allocatedFen: allocatedOf(allocations) }
  for (const l of lines) {
    if (l.status === 'cancelled') continue
    p[STATUS_FIELD[l.status]] += l.amountFen
  }
  p.heldFen = p.allocatedFen - p.paidFen - p.dueFen - p.inBatchFen - p.failedFen
  return p
}

export const addPositions = (a: Position, b: Position): Position => ({
  allocatedFen: a.allocatedFen + b.allocatedFen,
  paidFen: a.paidFen + b.paidFen,
  dueFen: a.dueFen + b.dueFen,
  inBatchFen: a.inBatchFen + b.inBatchFen,
  failedFen: a.failedFen + b.failedFen,
  heldFen: a.heldFen + b.heldFen,
})

/** What is wrong with one household's money, in words for finance; empty when it reconciles. */
export type Difference = { kind: 'overspent' | 'allocated_counter' | 'paid_counter' | 'receipts'; message: string; fen: number }

export function differencesOf(
  position: Position,
  counters: { allocatedFen: number; paidFen: number },
  receiptsFen: number,
): Difference[] {
  const out: Difference[] = []
  if (position.heldFen < 0) {
    out.push({ kind: 'overspent', message: '支付超过下达资金', fen: -position.heldFen })
  }
  if (counters.allocatedFen !== position.allocatedFen) {
    out.push({
      kind: 'allocated_counter',
      message: '案件记录的下达金额与资金下达记录不符',
      fen: Math.abs(counters.allocatedFen - position.allocatedFen),
    })
  }
  if (counters.paidFen !== position.paidFen) {
    out.push({
      kind: 'paid_counter',
      message: '案件记录的已拨付金额与已到账的支付记录不符',
      fen: Math.abs(counters.paidFen - position.paidFen),
    })
  }
  if (receiptsFen !== position.paidFen) {
    out.push({
      kind: 'receipts',
      message: '到账凭证与已到账的支付记录不符',
      fen: Math.abs(receiptsFen - position.paidFen),
    })
  }
  return out
}
