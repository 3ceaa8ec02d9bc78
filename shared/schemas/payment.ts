import * as z from 'zod'
import { CalendarDate, Fen, Id, Instant, RegionPath, RegionRef, Seq } from './common'

/**
 * The milestones money is paid at (分阶段按比例足额支付): start of works, main structure, completion acceptance,
 * settlement after the price review; a rental subsidy is paid in the contract's instalments.
 */
export const PaymentStage = z.enum(['start', 'structure', 'acceptance', 'settlement', 'rental'])
export type PaymentStage = z.infer<typeof PaymentStage>

export const PAYMENT_STAGE_LABEL: Record<PaymentStage, string> = {
  start: '开工启动资金',
  structure: '主体完工进度款',
  acceptance: '竣工验收进度款',
  settlement: '结算尾款',
  rental: '租赁补贴',
}

/** 上级专项资金 or 本级财政: every amount says where it came from. */
export const FundingSource = z.enum(['higher_level', 'local'])
export type FundingSource = z.infer<typeof FundingSource>

export const FUNDING_SOURCE_LABEL: Record<FundingSource, string> = {
  higher_level: '上级专项资金',
  local: '本级财政',
}

export const Payment = z.object({
  _id: Id,
  caseId: Id,
  caseNo: z.string(),
  householdId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  amountFen: Fen.refine((n) => n > 0, '金额必须大于0'),
  stage: PaymentStage,
  fundingSource: FundingSource,
  payeeType: z.enum(['household', 'builder', 'landlord']),
  /** Masked account, for display; the full number stays on the household record. */
  payeeAccountMasked: z.string(),
  /** The disbursement line this receipt confirms (a batch paid through the bank); null for a voucher typed by finance. */
  disbursementId: Id.nullable().default(null),
  paidOn: CalendarDate,
  voucherNo: z.string().min(1).max(60),
  recordedBy: Id,
  createdAt: Instant,
  seq: Seq,
})
export type Payment = z.infer<typeof Payment>
