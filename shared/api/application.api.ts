import * as z from 'zod'
import { Id, PageInput, pageOf } from '../schemas/common'
import { Application, Mode } from '../schemas/application'
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
    summary: 'Sends a returned case back to village review, with the amended reason and, optionally, photos.',
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
