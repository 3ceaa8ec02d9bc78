import * as z from 'zod'
import { BenefitProgramme, BenefitSource, BenefitYear } from '../schemas/benefit'
import { Fen, Id, IdNumber } from '../schemas/common'
import { FundingSource } from '../schemas/payment'
import { FreeText } from '../schemas/text'
import { action } from './contract'

/** A register line as officials see it: the ID number masked (they know the person from the name and the household). */
export const BenefitView = z.object({
  _id: z.string(),
  idNumberMasked: z.string(),
  name: z.string(),
  programme: BenefitProgramme,
  year: z.number().int(),
  amountFen: Fen,
  source: BenefitSource,
  note: z.string(),
  enteredByName: z.string(),
  via: z.enum(['app', 'import']),
  enteredAt: z.string(),
})
export type BenefitView = z.infer<typeof BenefitView>

const PersonName = z.string().trim().min(1, '请填写姓名').max(40, '姓名不超过40字')

export const RecordBenefitInput = z
  .object({
    idNumber: IdNumber,
    name: PersonName,
    programme: BenefitProgramme,
    year: BenefitYear,
    amountFen: Fen,
    source: BenefitSource,
    note: FreeText({ min: 0, max: 200, label: '备注' }).default(''),
  })
  .strict()
export type RecordBenefitInput = z.input<typeof RecordBenefitInput>

/** The columns of an import, in this order, with a header line (the template the page offers). */
export const IMPORT_COLUMNS = ['身份证号', '姓名', '项目', '年度', '金额（元）', '资金来源', '备注'] as const
export const MAX_IMPORT_ROWS = 500

export const ImportRowFailure = z.object({ row: z.number().int(), reason: z.string() })
export type ImportRowFailure = z.infer<typeof ImportRowFailure>

export const DoubleBenefitVerdictView = z.object({
  ok: z.boolean(),
  /** The refusal, or where the money would come from and why. */
  message: z.string(),
  fundingSource: FundingSource.nullable(),
  reinclusionNeeded: z.boolean(),
})

export const benefitsApi = {
  record: action({
    fn: 'benefits',
    action: 'record',
    summary: "Enters one benefit already received (ID number, programme, year, amount, source) in the county's register.",
    audience: ['county', 'township'],
    effect: 'write',
    input: RecordBenefitInput,
    output: BenefitView,
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  import: action({
    fn: 'benefits',
    action: 'import',
    summary:
      'Imports register lines from CSV text (UTF-8, a header line, the columns of IMPORT_COLUMNS); all rows or none: with any row failing, nothing is written and every failing row is named with why.',
    audience: ['county', 'township'],
    effect: 'write',
    input: z.object({ csv: z.string().min(1, '请粘贴或选择CSV文件内容').max(200_000, '文件过大，请分批导入') }).strict(),
    output: z.object({ imported: z.number().int(), failures: z.array(ImportRowFailure) }),
    errors: ['BAD_INPUT', 'FORBIDDEN'],
  }),
  check: action({
    fn: 'benefits',
    action: 'check',
    summary:
      "What an ID number or a household's persons already received, the county profile's no-double-benefit rule, and what it means for them.",
    audience: ['county', 'township', 'village'],
    effect: 'read',
    input: z
      .object({ idNumber: IdNumber.optional(), householdId: Id.optional() })
      .strict()
      .refine((i) => (i.idNumber === undefined) !== (i.householdId === undefined), '请填写身份证号或选择一户'),
    output: z.object({ benefits: z.array(BenefitView), rule: z.string(), verdict: DoubleBenefitVerdictView }),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
} as const
