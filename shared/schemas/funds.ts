import * as z from 'zod'
import { CalendarDate, Fen, Id, Instant, RegionPath, RegionRef, Seq } from './common'
import { FundingSource, PaymentStage } from './payment'

/**
 * Money finance sends a township for one household (资金下达): start-up money once works start (预拨启动资金), the
 * remainder after the price review and the finance audit (据实申请拨付剩余资金), a rental contract's total, or money a
 * settlement below what was sent returns to finance.
 */
export const AllocationKind = z.enum(['start', 'remainder', 'contract', 'return'])
export type AllocationKind = z.infer<typeof AllocationKind>

export const ALLOCATION_KIND_LABEL: Record<AllocationKind, string> = {
  start: '预拨启动资金',
  remainder: '结算剩余资金',
  contract: '租赁补贴资金',
  return: '结算后收回',
}

export const Allocation = z.object({
  /** One per case and kind (`al_<case>_<kind>`): allocating twice is the same allocation, never twice the money. */
  _id: Id,
  caseId: Id,
  caseNo: z.string(),
  householdId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  kind: AllocationKind,
  amountFen: Fen.refine((n) => n > 0, '金额必须大于0'),
  fundingSource: FundingSource,
  on: CalendarDate,
  byId: Id,
  byName: z.string(),
  createdAt: Instant,
  seq: Seq,
})
export type Allocation = z.infer<typeof Allocation>

/**
 * One payment the township owes a payee (待支付): due from its milestone, then in a bank batch, then paid or failed
 * with the bank's reason (a failed line is batched again). Its id is its idempotency key: the bank file carries it,
 * and the result file is matched by it, so a line is paid once whatever is retried.
 */
export const DisbursementStatus = z.enum(['due', 'in_batch', 'paid', 'failed', 'cancelled'])
export type DisbursementStatus = z.infer<typeof DisbursementStatus>

export const DISBURSEMENT_STATUS_LABEL: Record<DisbursementStatus, string> = {
  due: '待支付',
  in_batch: '支付中',
  paid: '已到账',
  failed: '支付失败',
  cancelled: '已取消',
}

/** Who a line pays and into which account; the full number is for finance and the bank file only. */
export const Payee = z.object({
  type: z.enum(['household', 'builder', 'landlord']),
  name: z.string().min(1).max(60),
  bank: z.string().min(1).max(40),
  accountNo: z.string().regex(/^\d{12,30}$/),
  accountMasked: z.string(),
})
export type Payee = z.infer<typeof Payee>

export const Disbursement = z.object({
  _id: Id,
  caseId: Id,
  caseNo: z.string(),
  householdId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  stage: PaymentStage,
  /** 1 for a stage's payment; a top-up when money arrived in parts, or a rental instalment, counts on. */
  instalment: z.number().int().min(1),
  amountFen: Fen.refine((n) => n > 0, '金额必须大于0'),
  fundingSource: FundingSource,
  /** Who the plan pays (the household's one card, the builder, the landlord), fixed when the line falls due. */
  payTo: z.enum(['household', 'builder', 'landlord']),
  /**
   * The account on record when the line fell due, pointed at a new one while the line waits (a change the township
   * confirmed, a builder or landlord recorded); fixed once the line is with the bank. Null: no account yet, so it waits.
   */
  payee: Payee.nullable(),
  status: DisbursementStatus,
  /** The milestone's date, or a rental instalment's date: batches select lines due by a day. */
  dueOn: CalendarDate,
  batchId: Id.nullable(),
  /** The bank's reason for the last failure, kept when the line is batched again. */
  failReason: z.string().max(200).nullable(),
  /** How many times the bank returned this line as failed. */
  tries: z.number().int().nonnegative(),
  paidOn: CalendarDate.nullable(),
  /** The bank's reference for the transfer. */
  bankRef: z.string().max(60).nullable(),
  cancelReason: z.string().max(200).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type Disbursement = z.infer<typeof Disbursement>

/**
 * A bank batch (代发批次): built by one finance officer, approved by another, exported to the bank, closed by the
 * bank's result file. `building` means lines are still being gathered (a build that stopped resumes with its key).
 */
export const BatchStatus = z.enum(['building', 'built', 'approved', 'exported', 'done'])
export type BatchStatus = z.infer<typeof BatchStatus>

export const BATCH_STATUS_LABEL: Record<BatchStatus, string> = {
  building: '生成中',
  built: '待审核',
  approved: '已审核，待导出',
  exported: '已导出，待银行回单',
  done: '已完成',
}

export const BatchFilter = z.object({
  /** A township's region path; null: every township the maker may pay for. */
  township: RegionPath.nullable(),
  stage: PaymentStage.nullable(),
  /** Lines due on or before this day. */
  dueBy: CalendarDate,
})
export type BatchFilter = z.infer<typeof BatchFilter>

export const Batch = z.object({
  _id: Id,
  batchNo: z.string(),
  county: RegionPath,
  filter: BatchFilter,
  status: BatchStatus,
  lineCount: z.number().int().nonnegative(),
  totalFen: Fen,
  makerId: Id,
  makerName: z.string(),
  approverId: Id.nullable(),
  approverName: z.string().nullable(),
  approvedAt: Instant.nullable(),
  exportedAt: Instant.nullable(),
  /** Lines the bank's result has settled so far: paid and failed. */
  paidCount: z.number().int().nonnegative(),
  paidFen: Fen,
  failedCount: z.number().int().nonnegative(),
  failedFen: Fen,
  /** Due lines the build left out because their payee has no account on record (they stay due). */
  skippedCount: z.number().int().nonnegative(),
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type Batch = z.infer<typeof Batch>

/** The price review and finance audit of a finished house (评审核价 / 财政审计), recorded by finance. */
export const Settlement = z.object({
  /** The settled actual cost of the works. */
  costFen: Fen,
  /** What the household is subsidised: the settled cost, never above the case's cap. */
  approvedFen: Fen,
  /** Paid (or in a bank batch) beyond the approved subsidy when settled: to be recovered, never paid negative. */
  recoveryFen: Fen,
  reviewRef: z.string().min(1).max(60),
  on: CalendarDate,
  byId: Id,
  byName: z.string(),
})
export type Settlement = z.infer<typeof Settlement>

/** The days the works reached each milestone; money for a stage is due from its day. */
export const Milestones = z.object({
  start: CalendarDate.nullable().default(null),
  structure: CalendarDate.nullable().default(null),
  acceptance: CalendarDate.nullable().default(null),
  settlement: CalendarDate.nullable().default(null),
})
export type Milestones = z.infer<typeof Milestones>
export const NO_MILESTONES: Milestones = { start: null, structure: null, acceptance: null, settlement: null }

/**
 * 直接支付给施工单位: only for works the government organised, with the household's written consent uploaded (district
 * scheme, 五(一)); recorded by the township on the case.
 */
export const BuilderPayee = z.object({
  name: z.string().min(1).max(60),
  bank: z.string().min(1).max(40),
  accountNo: z.string().regex(/^\d{12,30}$/),
  /** The household's signed consent (an upload of the recording official, attached to the case). */
  consentFileId: z.string(),
  recordedById: Id,
  recordedOn: CalendarDate,
})
export type BuilderPayee = z.infer<typeof BuilderPayee>

/** 租赁补贴 paid to the landlord in instalments on the contract's schedule (city scheme, 三(四)). */
export const RentalContract = z.object({
  landlordName: z.string().min(1).max(60),
  bank: z.string().min(1).max(40),
  accountNo: z.string().regex(/^\d{12,30}$/),
  contractFileId: z.string(),
  instalments: z
    .array(z.object({ dueOn: CalendarDate, amountFen: Fen.refine((n) => n > 0) }))
    .min(1)
    .max(60),
  recordedById: Id,
  recordedOn: CalendarDate,
})
export type RentalContract = z.infer<typeof RentalContract>

/**
 * A change of the household's one-card account (一卡通变更): asked for by the household or its village, effective only
 * once the township confirms it; every step is in the audit trail. Lines already with the bank keep the old account.
 */
export const AccountChange = z.object({
  _id: Id,
  householdId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  bank: z.string().min(1).max(40),
  accountNo: z.string().regex(/^\d{12,30}$/),
  holder: z.string().min(1).max(40),
  reason: z.string().min(1).max(200),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  requestedById: Id,
  requestedOn: CalendarDate,
  decidedById: Id.nullable(),
  decidedOn: CalendarDate.nullable(),
  comment: z.string().max(200),
  createdAt: Instant,
  seq: Seq,
})
export type AccountChange = z.infer<typeof AccountChange>
