import * as z from 'zod'
import { CalendarDate, Fen, Id, PageInput, pageOf } from '../schemas/common'
import { Application, Mode, PayTo, ResettlementKind } from '../schemas/application'
import { TargetGroup } from '../schemas/household'
import { FreeText } from '../schemas/text'
import { action } from './contract'
import { CaseDetail, CaseSummary, HouseholdOption } from './views'

/** Only officials read the reason, so it is kept as typed (normalised), numbers and all. */
const Reason = FreeText({ min: 4, max: 500, label: '申请理由', multiline: true })
/** The id `user.registerUpload` or the upload route answered; the server checks it names the caller's photo. */
const PhotoIds = z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '照片无效，请重新上传')).max(9, '最多9张照片')

export const SubmitApplicationInput = z
  .object({
    /** Required when the village committee applies on behalf of a household; a farmer applies for their own. */
    householdId: Id.optional(),
    /** Null for a household with no house (无房户). */
    houseId: Id.nullable(),
    targetGroup: TargetGroup,
    mode: Mode,
    reason: Reason,
    photoIds: PhotoIds.default([]),
    // Issue 9 (who may apply):
    /** Required when a village official files for a person who cannot (失能失智): why they file on the household's behalf. */
    proxyReason: FreeText({ min: 4, max: 500, label: '代为申请原因', multiline: true }).optional(),
    /** City scheme: how a small natural disaster made a house renovated before dangerous again (再次纳入). */
    reinclusionReason: FreeText({ min: 4, max: 500, label: '再次成为危房的原因', multiline: true }).optional(),
  })
  .strict()
export type SubmitApplicationInput = z.input<typeof SubmitApplicationInput>

/** The plan form (改造方案): what the household chooses after county approval; the server checks it against the rules. */
export const PlanInput = z.object({
  caseId: Id,
  mode: Mode,
  /** Only when giving up renovation (mode `resettle`): how the household is resettled. */
  resettlement: ResettlementKind.nullable().default(null),
  /** Main-house area to build or repair, m² to 0.01; null where nothing is built. */
  areaM2: z.number().positive('面积须大于0').max(2000, '面积不能超过2000平方米').nullable().default(null),
  /** Left out, the plan agrees the most the profile allows for its mode and area (the settled cost is paid if lower). */
  subsidyFen: Fen.optional(),
  startOn: CalendarDate.nullable().default(null),
  finishBy: CalendarDate.nullable().default(null),
  payTo: PayTo,
  note: FreeText({ min: 0, max: 500, label: '备注', multiline: true }).default(''),
})
export type PlanInput = z.input<typeof PlanInput>
export type PlanFields = z.output<typeof PlanInput>

export const CasePhoto = z.object({ id: z.string(), url: z.string() })
export type CasePhoto = z.infer<typeof CasePhoto>

export const applicationApi = {
  submit: action({
    fn: 'application',
    action: 'submit',
    summary: 'Files an application (个人书面申请), or the village committee files one on behalf of a household.',
    audience: ['farmer', 'village'],
    effect: 'write',
    input: SubmitApplicationInput,
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'NOT_ELIGIBLE', 'DUPLICATE_CASE'],
  }),
  resubmit: action({
    fn: 'application',
    action: 'resubmit',
    summary:
      'Sends a returned case back with the amended reason and, optionally, photos: to village review when the village returned it, straight back to the township or county when that level did.',
    audience: ['farmer', 'village'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        reason: Reason,
        comment: FreeText({ min: 0, max: 500, label: '补正说明', multiline: true }).default(''),
        /** When given, the case's photos become these (the ones already on it, or new uploads of the caller). */
        photoIds: PhotoIds.optional(),
      })
      .strict(),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  withdraw: action({
    fn: 'application',
    action: 'withdraw',
    summary:
      'Withdraws an application while the next level has not acted on it (before the village review, or while returned to the applicant). The household withdraws its own; the village only one it filed on the household’s behalf, with a reason.',
    audience: ['farmer', 'village'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        reason: FreeText({ min: 0, max: 500, label: '撤回原因', multiline: true }).default(''),
      })
      .strict(),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  choosePlan: action({
    fn: 'application',
    action: 'choosePlan',
    summary:
      'The household, or the township on its behalf, chooses the plan after county approval (mode allowed by the grade, area within the standard, subsidy within the ceiling, dates, payee); giving up renovation resettles the household and closes the case.',
    audience: ['farmer', 'township'],
    effect: 'write',
    input: PlanInput.strict(),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION', 'PUBLICITY_RUNNING', 'OBJECTION_OPEN'],
  }),
  changePlan: action({
    fn: 'application',
    action: 'changePlan',
    summary:
      'A recorded county decision that changes the plan after the agreement, with its reason; every party must confirm the agreement again.',
    audience: ['county'],
    effect: 'write',
    input: PlanInput.extend({ reason: FreeText({ min: 4, max: 500, label: '变更理由', multiline: true }) })
      .strict()
      .refine((v) => v.mode !== 'resettle', { message: '放弃改造由农户或乡镇办理', path: ['mode'] }),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  mine: action({
    fn: 'application',
    action: 'mine',
    summary: "The caller's household's cases, newest first.",
    audience: ['farmer'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(CaseSummary),
    errors: ['FORBIDDEN'],
  }),
  detail: action({
    fn: 'application',
    action: 'detail',
    summary: 'One case with its timeline, house record, payments and notices, and what the caller may do next.',
    audience: ['farmer', 'village', 'township', 'county', 'finance'],
    effect: 'read',
    input: z.object({ caseId: Id }).strict(),
    output: CaseDetail,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  photos: action({
    fn: 'application',
    action: 'photos',
    summary: "The case's photos with URLs the caller can show (CloudBase: temporary URLs), for whoever may see the case.",
    audience: ['farmer', 'village', 'township', 'county', 'finance'],
    effect: 'read',
    input: z.object({ caseId: Id }).strict(),
    output: z.array(CasePhoto),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  households: action({
    fn: 'application',
    action: 'households',
    summary: 'Households in the village official’s jurisdiction, to apply on behalf of one.',
    audience: ['village'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(HouseholdOption),
    errors: ['FORBIDDEN'],
  }),
  myHousehold: action({
    fn: 'application',
    action: 'myHousehold',
    summary: "The farmer's own household and houses, to fill the application form.",
    audience: ['farmer'],
    effect: 'read',
    input: z.object({}).strict(),
    output: HouseholdOption,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
} as const
