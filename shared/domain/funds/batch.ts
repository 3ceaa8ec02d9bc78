import type { Batch, BatchStatus } from '../../schemas/funds'
import { BATCH_STATUS_LABEL } from '../../schemas/funds'
import { DomainError } from '../errors'

/** The most lines one batch holds: a season's payments for a county fit, and a bank file stays one upload. */
export const MAX_BATCH_LINES = 200_000

/** Lines moved into or out of a batch per transaction: small enough for CloudBase, large enough to be fast. */
export const LINES_PER_TX = 200

/**
 * 批次号: the county, the day and six letters or digits of the batch's id, readable on the phone and in the bank's
 * portal (banks take letters and digits only in a memo).
 */
export function batchNo(county: string, today: string, id: string): string {
  const tail = id
    .slice(-6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X')
  return `PC${county}${today.replace(/-/g, '')}${tail}`
}

/** A batch may take the step only from the status before it; the refusal says where the batch is. */
export function requireStatus(batch: Pick<Batch, 'status'>, expected: BatchStatus, step: string): void {
  if (batch.status !== expected) {
    throw new DomainError('invalid_transition', `该批次${BATCH_STATUS_LABEL[batch.status]}，不能${step}`, {
      status: batch.status,
    })
  }
}

/** 审核: a second finance officer; the one who built the batch may not approve it (不相容岗位分离). */
export function requireApprover(batch: Pick<Batch, 'makerId' | 'status'>, approverId: string): void {
  requireStatus(batch, 'built', '审核')
  if (batch.makerId === approverId) {
    throw new DomainError('second_official_required', '批次须由另一名财政人员审核，生成批次的人不能审核自己的批次')
  }
}
