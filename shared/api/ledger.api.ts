import * as z from 'zod'
import { Id, PageInput, pageOf } from '../schemas/common'
import { Application, Mode } from '../schemas/application'
import { TargetGroup } from '../schemas/household'
import { LedgerEntry, LedgerState } from '../schemas/ledger'
import { FreeText } from '../schemas/text'
import { action } from './contract'

/** `closedByCaller`: the caller recorded the fix, so another official must confirm it. */
export const LedgerItem = LedgerEntry.extend({ overdue: z.boolean(), closedByCaller: z.boolean() })
export type LedgerItem = z.infer<typeof LedgerItem>

const Filter = { state: LedgerState.optional(), overdue: z.boolean().optional() }
/** The caller's uploads; an empty list is refused by the 销号 rule with its own message, not by the parse. */
const PhotoIds = z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '照片无效，请重新上传')).max(9, '最多9张照片')
const Reason = (label: string, min: number) => FreeText({ min, max: 500, label, multiline: true })
const OFFICIALS = ['village', 'township', 'county'] as const

export const ledgerApi = {
  list: action({
    fn: 'ledger',
    action: 'list',
    summary: "The work ledger (工作台账) of the caller's jurisdiction, oldest first, by state and/or overdue; overdue flagged.",
    audience: OFFICIALS,
    effect: 'read',
    input: PageInput.extend(Filter).strict(),
    output: pageOf(LedgerItem),
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  close: action({
    fn: 'ledger',
    action: 'close',
    summary: 'Records the fix of an open entry with its evidence (the measure taken and photos): it waits for a second official.',
    audience: OFFICIALS,
    effect: 'write',
    input: z.object({ entryId: Id, measure: Reason('整改措施', 4), photoIds: PhotoIds }).strict(),
    output: LedgerItem,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  confirmClose: action({
    fn: 'ledger',
    action: 'confirmClose',
    summary:
      'A second official (never the one who recorded the fix) confirms it — closed, 销号 — or refuses it with a reason (back to open).',
    audience: OFFICIALS,
    effect: 'write',
    input: z.object({ entryId: Id, accept: z.boolean(), reason: Reason('理由', 0).default('') }).strict(),
    output: LedgerItem,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION', 'SECOND_OFFICIAL_REQUIRED'],
  }),
  reopen: action({
    fn: 'ledger',
    action: 'reopen',
    summary: 'Opens a closed entry again, with the reason (the problem came back), and a new deadline.',
    audience: OFFICIALS,
    effect: 'write',
    input: z.object({ entryId: Id, reason: Reason('重新打开的理由', 4) }).strict(),
    output: LedgerItem,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  export: action({
    fn: 'ledger',
    action: 'export',
    summary: "The caller's ledger as an Excel workbook (.xlsx, base64), by state and/or overdue, for reporting upward.",
    audience: OFFICIALS,
    effect: 'read',
    input: z.object(Filter).strict(),
    output: z.object({
      fileName: z.string(),
      contentType: z.string(),
      base64: z.string(),
      rows: z.number().int().nonnegative(),
      truncated: z.boolean(),
    }),
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  startApplication: action({
    fn: 'ledger',
    action: 'startApplication',
    summary:
      "The village applies on behalf of the entry's household (application.submit's eligibility rules); the entry keeps the case.",
    audience: ['village'],
    effect: 'write',
    input: z.object({ entryId: Id, targetGroup: TargetGroup, mode: Mode, reason: Reason('申请理由', 4) }).strict(),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'NOT_ELIGIBLE', 'DUPLICATE_CASE', 'INVALID_TRANSITION'],
  }),
} as const
