import * as z from 'zod'
import { CalendarDate, Id, PageInput, Phone, pageOf } from '../schemas/common'
import { ObjectionState, UpheldOutcome } from '../schemas/objection'
import { PublicityStage } from '../schemas/publicity'
import { FreeText } from '../schemas/text'
import { action } from './contract'

/*
 * The officials' half of the publicity function (objection inbox, evidence, resolution), in a file of its own so
 * the mini-program's main package, which carries the public half (publicity.api.ts), does not carry these.
 */

/**
 * An objection as the officials who handle it see it. `objector` is null when the objection is anonymous, and
 * always for the village committee: the people whose neighbour is objected to never learn who objected.
 */
export const ObjectionItem = z.object({
  _id: Id,
  noticeId: Id,
  caseId: Id,
  stage: PublicityStage,
  stageLabel: z.string(),
  villageName: z.string(),
  maskedName: z.string(),
  reason: z.string(),
  photoIds: z.array(Id),
  anonymous: z.boolean(),
  objector: z.object({ id: Id, name: z.string().nullable(), phone: Phone.nullable() }).nullable(),
  state: ObjectionState,
  stateLabel: z.string(),
  raisedOn: CalendarDate,
  closesOn: CalendarDate,
  /** The countdown of the notice's window, in working days (0 once it has ended). */
  workingDaysLeft: z.number().int().nonnegative(),
  resolution: z
    .object({ outcomeLabel: z.string().nullable(), text: z.string(), byName: z.string(), on: CalendarDate })
    .nullable(),
})
export type ObjectionItem = z.infer<typeof ObjectionItem>

/** A photo with a URL the caller can show (the shape of application.photos' answer). */
export const ObjectionPhoto = z.object({ id: z.string(), url: z.string() })

export const ObjectionDecision = z.enum(['upheld', 'dismissed'])
export type ObjectionDecision = z.infer<typeof ObjectionDecision>

export const ResolveObjectionInput = z
  .object({
    objectionId: Id,
    decision: ObjectionDecision,
    /** Required when upheld: return the case to the applicant, or reject it. */
    outcome: UpheldOutcome.optional(),
    resolution: FreeText({ min: 4, max: 500, label: '处理意见', multiline: true }),
  })
  .strict()
  .refine((v) => v.decision === 'dismissed' || v.outcome !== undefined, {
    message: '异议成立时请选择退回申请人或不予支持',
    path: ['outcome'],
  })

export const objectionsApi = {
  objections: action({
    fn: 'publicity',
    action: 'objections',
    summary:
      'Objections in the caller’s jurisdiction, oldest first: the open ones (the township’s inbox), or every objection of one case. The objector is shown to the township and county only when not anonymous.',
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: PageInput.extend({ caseId: Id.optional() }).strict(),
    output: pageOf(ObjectionItem),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  objectionPhotos: action({
    fn: 'publicity',
    action: 'objectionPhotos',
    summary:
      'The photos an objector attached, with URLs the caller can show, for the officials of the case’s jurisdiction (never the household).',
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: z.object({ objectionId: Id }).strict(),
    output: z.array(ObjectionPhoto),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  resolveObjection: action({
    fn: 'publicity',
    action: 'resolveObjection',
    summary:
      'The township resolves an open objection of a case in its jurisdiction with a written reason the objector sees: upheld returns the case to the applicant or rejects it; dismissed lets it continue.',
    audience: ['township'],
    effect: 'write',
    input: ResolveObjectionInput,
    output: ObjectionItem,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
} as const
