import * as z from 'zod'
import { Appraisal, ExemptionReason } from '../schemas/appraisal'
import { CaseState } from '../schemas/application'
import { CalendarDate, Id, Instant, PageInput, RegionPath, pageOf } from '../schemas/common'
import { Grade, House } from '../schemas/house'
import { FreeText } from '../schemas/text'
import { action } from './contract'

/** The id `user.registerUpload` or the upload route answered; the server checks it names the caller's file. */
const UploadId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '文件无效，请重新上传')

const HouseholdName = z.string().trim().min(1, '户主姓名不能为空').max(40, '户主姓名不超过40字')

export const OrderAppraisalInput = z
  .object({
    /** The houses to appraise: one, or a pasted list. */
    houseIds: z.array(Id).max(100, '一次最多委托100户').default([]),
    /** Or a village: the houses of its target-group households, or of the households named in `householdNames`. */
    villagePath: RegionPath.optional(),
    householdNames: z.array(HouseholdName).max(100, '一次最多委托100户').default([]),
    appraiserId: Id,
    dueOn: CalendarDate,
    note: FreeText({ min: 0, max: 200, label: '委托说明', multiline: true }).default(''),
  })
  .strict()
  .refine((i) => i.houseIds.length > 0 !== (i.villagePath !== undefined), {
    message: '请列出要鉴定的房屋，或选择一个村',
    path: ['houseIds'],
  })
  .refine((i) => i.householdNames.length === 0 || i.villagePath !== undefined, {
    message: '按户主姓名委托时请选择村',
    path: ['villagePath'],
  })
export type OrderAppraisalInput = z.input<typeof OrderAppraisalInput>

export const AppraisalPhotoInput = z
  .object({
    uploadId: UploadId,
    place: FreeText({ min: 1, max: 100, label: '拍摄部位' }),
    takenAt: Instant,
    latitude: z.number().min(-90).max(90).nullable().default(null),
    longitude: z.number().min(-180).max(180).nullable().default(null),
  })
  .strict()

export const RecordAppraisalInput = z
  .object({
    appraisalId: Id,
    grade: Grade,
    on: CalendarDate,
    /** The report: a PDF, or a photo of the paper. */
    reportFileId: UploadId,
    photos: z.array(AppraisalPhotoInput).min(1, '请至少拍一张现场照片').max(9, '最多9张照片'),
    note: FreeText({ min: 0, max: 500, label: '鉴定说明', multiline: true }).default(''),
  })
  .strict()
export type RecordAppraisalInput = z.input<typeof RecordAppraisalInput>

export const ExemptAppraisalInput = z
  .object({
    houseId: Id,
    reason: ExemptionReason,
    /** The acceptance papers: PDFs or photos of them. */
    paperIds: z.array(UploadId).min(1, '请上传验收材料').max(9, '最多9个文件'),
    note: FreeText({ min: 0, max: 500, label: '说明', multiline: true }).default(''),
  })
  .strict()
export type ExemptAppraisalInput = z.input<typeof ExemptAppraisalInput>

/** One line of the appraiser's inbox. */
export const AppraisalItem = z.object({
  _id: Id,
  houseId: Id,
  headName: z.string(),
  villageName: z.string(),
  address: z.string(),
  orderedOn: CalendarDate.nullable(),
  orderedByName: z.string().nullable(),
  dueOn: CalendarDate.nullable(),
  note: z.string(),
  overdue: z.boolean(),
})
export type AppraisalItem = z.infer<typeof AppraisalItem>

/** What recording or exempting did: the record, and the household's case it reached (if any). */
export const AppraisalOutcome = z.object({
  appraisal: Appraisal,
  caseId: Id.nullable(),
  caseState: CaseState.nullable(),
  /** A B grade put the house on the ledger under dynamic monitoring. */
  monitoringEntryId: Id.nullable(),
})
export type AppraisalOutcome = z.infer<typeof AppraisalOutcome>

export const OrderOutcome = z.object({
  batchId: Id,
  ordered: z.array(z.object({ _id: Id, houseId: Id, headName: z.string() })),
  /** Houses left out, with why (an order already open). */
  skipped: z.array(z.object({ houseId: Id, headName: z.string(), reason: z.string() })),
  /** Household names of the list found in no household of the village. */
  unmatched: z.array(z.string()),
})
export type OrderOutcome = z.infer<typeof OrderOutcome>

export const AppraisalDetail = z.object({ appraisal: Appraisal, house: House })
export type AppraisalDetail = z.infer<typeof AppraisalDetail>

export const appraisalApi = {
  order: action({
    fn: 'appraisal',
    action: 'order',
    summary:
      'The county orders an appraisal (房屋危险性等级鉴定) of houses in its jurisdiction — a list of houses, a village’s target-group households, or named households of a village — from an appraiser of the county, due by a date. A house with an order still open is skipped.',
    audience: ['county'],
    effect: 'write',
    input: OrderAppraisalInput,
    output: OrderOutcome,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  inbox: action({
    fn: 'appraisal',
    action: 'inbox',
    summary: 'The appraiser’s open orders, oldest first, each flagged when past its due date.',
    audience: ['appraiser'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(AppraisalItem),
    errors: ['FORBIDDEN'],
  }),
  detail: action({
    fn: 'appraisal',
    action: 'detail',
    summary: 'One appraisal with the house’s whole-life record, for the appraiser, the county and the township.',
    audience: ['appraiser', 'county', 'township'],
    effect: 'read',
    input: z.object({ appraisalId: Id }).strict(),
    output: AppraisalDetail,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  appraisers: action({
    fn: 'appraisal',
    action: 'appraisers',
    summary: 'The appraisers of the county official’s county, to assign an order to.',
    audience: ['county'],
    effect: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.object({ _id: Id, name: z.string() })) }),
    errors: ['FORBIDDEN'],
  }),
  record: action({
    fn: 'appraisal',
    action: 'record',
    summary:
      'The assigned appraiser records the grade (A/B/C/D), date, report and photos (with place and time taken). The grade joins the house’s whole-life record; the household’s case not yet county-approved takes it; A or B ends that case as not eligible, and B puts the house under dynamic monitoring on the ledger.',
    audience: ['appraiser'],
    effect: 'write',
    input: RecordAppraisalInput,
    output: AppraisalOutcome,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  exempt: action({
    fn: 'appraisal',
    action: 'exempt',
    summary:
      'The township accepts acceptance papers (relocated into a flat, or renovated since 2018) in place of an appraisal: the house is recorded as proven safe, an open order of it ends, and the household’s case not yet county-approved ends as not eligible.',
    audience: ['township'],
    effect: 'write',
    input: ExemptAppraisalInput,
    output: AppraisalOutcome,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
} as const
