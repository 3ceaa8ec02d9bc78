import * as z from 'zod'
import { CalendarDate, Fen, Id, PageInput, pageOf } from '../schemas/common'
import { Mode } from '../schemas/application'
import { FundingSource, PaymentStage } from '../schemas/payment'
import { VoucherNo } from '../schemas/text'
import { action } from './contract'
import { CaseSummary, PaymentView } from './views'

export const PaymentSummary = z.object({
  caseId: Id,
  caseNo: z.string(),
  mode: Mode,
  /** The subsidy ceiling, fixed at county approval; null before. */
  capFen: Fen.nullable(),
  paidFen: Fen,
  /** capFen − paidFen once approved; null before. */
  remainingFen: Fen.nullable(),
  stages: z.array(z.object({ stage: PaymentStage, label: z.string(), paidFen: Fen, expected: z.boolean() })),
  nextStage: PaymentStage.nullable(),
})
export type PaymentSummary = z.infer<typeof PaymentSummary>

/** One case's payments as a timeline: what each stage is expected to bring, what came and when, what is still to come. */
export const PaymentTimeline = z.object({
  caseId: Id,
  caseNo: z.string(),
  mode: Mode,
  /** The agreed subsidy, or the approved one once the house is settled. */
  totalFen: Fen,
  receivedFen: Fen,
  toComeFen: Fen,
  stages: z.array(
    z.object({
      stage: PaymentStage,
      label: z.string(),
      expectedFen: Fen,
      receivedFen: Fen,
      status: z.enum(['received', 'paying', 'due', 'waiting']),
      on: CalendarDate.nullable(),
    }),
  ),
})
export type PaymentTimeline = z.infer<typeof PaymentTimeline>

export const paymentApi = {
  payable: action({
    fn: 'payment',
    action: 'payable',
    summary: 'Approved cases in the finance officer’s jurisdiction that can still receive money.',
    audience: ['finance'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(CaseSummary),
    errors: ['FORBIDDEN'],
  }),
  record: action({
    fn: 'payment',
    action: 'record',
    summary:
      'Records a payment made outside a bank batch to the household’s one-card account, out of the money finance allocated to the township for the household (never beyond it), and queues a “funds arrived” message to the household, in one transaction.',
    audience: ['finance'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        amountFen: Fen.refine((n) => n > 0, '金额必须大于0'),
        stage: PaymentStage,
        fundingSource: FundingSource,
        paidOn: CalendarDate,
        voucherNo: VoucherNo,
      })
      .strict(),
    output: PaymentView,
    errors: [
      'BAD_INPUT',
      'FORBIDDEN',
      'NOT_FOUND',
      'INVALID_TRANSITION',
      'OVER_CAP',
      'INSUFFICIENT_FUNDS',
      'DUPLICATE_PAYMENT',
      'NO_ACCOUNT',
    ],
  }),
  mine: action({
    fn: 'payment',
    action: 'mine',
    summary:
      "Payments to the caller's household, newest first; with the first page, each case's timeline of expected and received payments per stage and the amount still to come.",
    audience: ['farmer'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(PaymentView).extend({ timeline: z.array(PaymentTimeline) }),
    errors: ['FORBIDDEN'],
  }),
  summary: action({
    fn: 'payment',
    action: 'summary',
    summary:
      "For each of the caller's household's cases: the cap, paid so far, still to come and the payment stages, with the next one expected.",
    audience: ['farmer'],
    effect: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(PaymentSummary) }),
    errors: ['FORBIDDEN'],
  }),
} as const
