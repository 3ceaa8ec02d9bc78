import * as z from 'zod'
import { CalendarDate, Fen, Id, PageInput, RegionPath, pageOf } from '../schemas/common'
import { AccountChange, Batch, BatchFilter, Disbursement, DisbursementStatus } from '../schemas/funds'
import { Application } from '../schemas/application'
import { FundingSource, PaymentStage } from '../schemas/payment'
import { FreeText } from '../schemas/text'
import { action } from './contract'

/**
 * The bank's result file travels in the call itself; CloudBase takes at most 6 MB in one function call, which is
 * 8,000,000 characters of base64 (some 120,000 result lines of CSV).
 */
export const BANK_FILE_MAX_BASE64 = 8_000_000

export const AllocationResult = z.object({
  caseId: Id,
  caseNo: z.string(),
  /** Allocated now; 0 when nothing was (see `reason`). */
  amountFen: Fen,
  fundingSource: FundingSource.nullable(),
  /** Why nothing was allocated, or why from local finance: in words for finance. */
  reason: z.string(),
  /** Payments that fell due with this money. */
  linesDue: z.number().int().nonnegative(),
})
export type AllocationResult = z.infer<typeof AllocationResult>

export const Allocatable = z.object({
  caseId: Id,
  caseNo: z.string(),
  applicantMasked: z.string(),
  villageName: z.string(),
  township: RegionPath,
  kind: z.enum(['start', 'remainder', 'contract']),
  amountFen: Fen,
  fundingSource: FundingSource,
  fundingReason: z.string(),
})

export const DueGroup = z.object({
  township: RegionPath,
  townshipName: z.string(),
  stage: PaymentStage,
  status: z.enum(['due', 'failed']),
  count: z.number().int().nonnegative(),
  totalFen: Fen,
  earliestDueOn: CalendarDate,
})

/** Money per township and funding source: what is committed to households, allocated, and where it is. */
export const FundsRow = z.object({
  township: RegionPath,
  townshipName: z.string(),
  fundingSource: FundingSource,
  households: z.number().int().nonnegative(),
  /** The subsidy households are owed in all: the approved amount once settled, else the agreed one. */
  committedFen: Fen,
  allocatedFen: z.number().int(),
  paidFen: Fen,
  dueFen: Fen,
  inBatchFen: Fen,
  failedFen: Fen,
  /** Allocated and not yet due (未到支付节点); negative only where more was paid than allocated. */
  heldFen: z.number().int(),
  recoveryFen: Fen,
})
export type FundsRow = z.infer<typeof FundsRow>

export const DifferenceLine = z.object({
  caseId: Id,
  caseNo: z.string(),
  township: RegionPath,
  kind: z.enum(['overspent', 'allocated_counter', 'paid_counter', 'receipts', 'recovery']),
  message: z.string(),
  fen: Fen,
  /** The lines behind the difference. */
  lineIds: z.array(Id),
})

const UploadId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '文件无效，请重新上传')
/** Digits only: the page strips the spaces people type between groups. */
const AccountNo = z.string().regex(/^\d{12,30}$/, '账号应为12到30位数字，不含空格')
const PayeeName = FreeText({ min: 2, max: 60, label: '收款人名称' })
const Bank = FreeText({ min: 2, max: 40, label: '开户银行' })

/** What the household and its village see of an account change: the number masked. */
export const AccountChangeView = AccountChange.omit({ accountNo: true }).extend({ accountMasked: z.string() })

const Key = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '缺少请求编号，请刷新后重试')

export const fundsApi = {
  allocatable: action({
    fn: 'funds',
    action: 'allocatable',
    summary:
      'Cases whose township may now be sent money: start-up funds once works have started, the remainder once the house is settled, a rental contract’s subsidy once it is recorded; with the amount and funding source each would get.',
    audience: ['finance'],
    effect: 'read',
    input: PageInput.extend({ kind: z.enum(['start', 'remainder', 'contract']), township: RegionPath.optional() }).strict(),
    output: pageOf(Allocatable),
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  allocate: action({
    fn: 'funds',
    action: 'allocate',
    summary:
      'Sends townships money for the given households (start-up funds by grade, or the remainder after settlement); each case is allocated at most once per kind, and the payments its milestones have reached fall due.',
    audience: ['finance'],
    effect: 'write',
    input: z.object({ kind: z.enum(['start', 'remainder', 'contract']), caseIds: z.array(Id).min(1).max(200) }).strict(),
    output: z.object({ items: z.array(AllocationResult), allocatedFen: Fen }),
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  settle: action({
    fn: 'funds',
    action: 'settle',
    summary:
      'Records the price review and finance audit of an accepted house (settled cost, area as built, review reference): fixes the approved subsidy, replaces unpaid lines by one last payment, flags any overpayment for recovery and returns money the township no longer needs.',
    audience: ['finance'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        costFen: Fen.refine((n) => n > 0, '结算金额必须大于0'),
        builtAreaM2: z.number().positive('面积必须大于0').max(2000, '面积不能超过2000平方米').nullable().default(null),
        reviewRef: FreeText({ min: 2, max: 60, label: '评审报告编号' }),
      })
      .strict(),
    output: z.object({
      caseId: Id,
      approvedFen: Fen,
      recoveryFen: Fen,
      finalFen: Fen,
      cancelled: z.number().int().nonnegative(),
      returnedFen: Fen,
    }),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  due: action({
    fn: 'funds',
    action: 'due',
    summary: 'Payments due (and failed ones to pay again), counted by township and stage, for building a batch.',
    audience: ['finance'],
    effect: 'read',
    input: z.object({ dueBy: CalendarDate }).strict(),
    output: z.object({ items: z.array(DueGroup) }),
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  batchCreate: action({
    fn: 'funds',
    action: 'batchCreate',
    summary:
      'Builds a bank batch of the due and failed payments matching the filter (township, stage, due by). Called again with the same key it resumes a build that stopped, or answers the batch built; two builders never take the same payment.',
    audience: ['finance'],
    effect: 'write',
    input: BatchFilter.extend({ key: Key }).strict(),
    output: Batch,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INSUFFICIENT_FUNDS'],
  }),
  batches: action({
    fn: 'funds',
    action: 'batches',
    summary: 'The county’s bank batches, newest first.',
    audience: ['finance'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(Batch),
    errors: ['FORBIDDEN'],
  }),
  batch: action({
    fn: 'funds',
    action: 'batch',
    summary: 'One batch and a page of its payments (full account numbers: finance only).',
    audience: ['finance'],
    effect: 'read',
    input: PageInput.extend({ batchId: Id, status: DisbursementStatus.optional() }).strict(),
    // Finance reads the full account number (the bank file needs it); nobody else is ever sent it.
    output: z.object({ batch: Batch, lines: pageOf(Disbursement) }),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  batchApprove: action({
    fn: 'funds',
    action: 'batchApprove',
    summary: 'A second finance officer approves a built batch; the officer who built it cannot.',
    audience: ['finance'],
    effect: 'write',
    input: z.object({ batchId: Id }).strict(),
    output: Batch,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION', 'SECOND_OFFICIAL_REQUIRED'],
  }),
  batchExport: action({
    fn: 'funds',
    action: 'batchExport',
    summary:
      'The bank file of an approved batch, as CSV or Excel (base64), one line per payment with its reference; exporting again gives the same lines.',
    audience: ['finance'],
    effect: 'write',
    input: z.object({ batchId: Id, format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
    output: z.object({
      fileName: z.string(),
      contentType: z.string(),
      base64: z.string(),
      rows: z.number().int().nonnegative(),
      totalFen: Fen,
    }),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  bankImport: action({
    fn: 'funds',
    action: 'bankImport',
    summary:
      'Imports the bank’s result file (CSV or Excel) for an exported batch: successes become paid and the household is told once (“资金到账”), failures go back to due with the bank’s reason. Importing again changes nothing twice.',
    audience: ['finance'],
    effect: 'write',
    input: z
      .object({
        batchId: Id,
        fileName: z.string().min(1).max(120),
        base64: z.string().min(1).max(BANK_FILE_MAX_BASE64),
      })
      .strict(),
    output: z.object({
      batch: Batch,
      paid: z.number().int().nonnegative(),
      failed: z.number().int().nonnegative(),
      /** Lines the file settled before (an import repeated or resumed). */
      already: z.number().int().nonnegative(),
      problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
    }),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  reconcile: action({
    fn: 'funds',
    action: 'reconcile',
    summary:
      'Committed, allocated, paid, due, in batch, failed and held money per township and funding source, the county’s total, and every household whose money does not add up, with the lines behind it.',
    audience: ['finance', 'county'],
    effect: 'read',
    input: z.object({ township: RegionPath.optional() }).strict(),
    output: z.object({
      rows: z.array(FundsRow),
      total: FundsRow.omit({ township: true, townshipName: true, fundingSource: true }),
      differences: z.array(DifferenceLine),
      balanced: z.boolean(),
    }),
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  setBuilder: action({
    fn: 'funds',
    action: 'setBuilder',
    summary:
      'The township records the builder’s account for works the government organised, with the household’s signed consent uploaded; only on a case whose plan pays the builder (district scheme).',
    audience: ['township'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        name: PayeeName,
        bank: Bank,
        accountNo: AccountNo,
        consentFileId: UploadId,
        governmentOrganised: z.literal(true, { error: '只有政府统一组织实施的改造，才能直接支付给施工单位' }),
      })
      .strict(),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  setRental: action({
    fn: 'funds',
    action: 'setRental',
    summary:
      'The township records the rental contract of a signed rent/swap case: the landlord’s account, the contract upload and the instalments (adding up to the agreed subsidy); finance may then allocate it.',
    audience: ['township'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        name: PayeeName,
        bank: Bank,
        accountNo: AccountNo,
        contractFileId: UploadId,
        instalments: z
          .array(z.object({ dueOn: CalendarDate, amountFen: Fen.refine((n) => n > 0, '每期金额必须大于0') }).strict())
          .min(1, '请至少填写一期')
          .max(60, '最多60期'),
      })
      .strict(),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  requestAccountChange: action({
    fn: 'funds',
    action: 'requestAccountChange',
    summary:
      'The household (its own) or its village asks to change the one-card account payments go to; it takes effect once the township confirms.',
    audience: ['farmer', 'village'],
    effect: 'write',
    input: z
      .object({
        householdId: Id.optional(),
        bank: Bank,
        accountNo: AccountNo,
        holder: FreeText({ min: 2, max: 40, label: '户名' }),
        reason: FreeText({ min: 2, max: 200, label: '变更原因' }),
      })
      .strict(),
    output: AccountChangeView,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  accountChanges: action({
    fn: 'funds',
    action: 'accountChanges',
    summary:
      'Account changes waiting for the township’s confirmation, oldest first (the full number, to check against the bank book).',
    audience: ['township'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(AccountChange),
    errors: ['FORBIDDEN'],
  }),
  decideAccountChange: action({
    fn: 'funds',
    action: 'decideAccountChange',
    summary: 'The township confirms an account change (the household’s account is replaced) or rejects it with a reason.',
    audience: ['township'],
    effect: 'write',
    input: z
      .object({
        changeId: Id,
        approve: z.boolean(),
        comment: FreeText({ min: 0, max: 200, label: '意见', multiline: true }).default(''),
      })
      .strict(),
    output: AccountChange,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
} as const
