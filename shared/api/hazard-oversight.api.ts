import * as z from 'zod'
import { CalendarDate, Id, PageInput, pageOf } from '../schemas/common'
import { HazardStatus, HazardStep } from '../schemas/hazard'
import { FreeText } from '../schemas/text'
import { action } from './contract'
import { PublicHazard, Reason } from './hazard.api'

/*
 * The officials' side of the hazard channel, apart from the public contracts so the main package (the report
 * form, the public list, my reports) does not carry the schemas only the oversight subpackage uses.
 */

/** What officials of the place see; the reporter only when the report is not anonymous. */
export const OfficialHazard = PublicHazard.extend({
  descriptionAsTyped: z.string(),
  anonymous: z.boolean(),
  reporterName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  houseId: Id.nullable(),
  ledgerEntryId: Id.nullable(),
  verifyBy: CalendarDate,
  overdue: z.boolean(),
  confirmedOn: CalendarDate.nullable(),
  moderation: z.object({
    hidden: z.boolean(),
    redactedText: z.string().nullable(),
    droppedPhotoIds: z.array(Id),
    blurredPhotoIds: z.array(Id),
  }),
  history: z.array(HazardStep),
  /** The statuses `hazard.update` accepts next. */
  moves: z.array(HazardStatus),
  canMarkDuplicate: z.boolean(),
})
export type OfficialHazard = z.infer<typeof OfficialHazard>

export const DuplicateCandidate = z.object({
  report: PublicHazard,
  reason: z.enum(['same_house', 'nearby']),
  distanceM: z.number().nullable(),
})

const OFFICIALS = ['village', 'township'] as const

export const hazardOversightApi = {
  inbox: action({
    fn: 'hazard',
    action: 'inbox',
    summary:
      "Open reports (received, verifying, in the ledger) inside the caller's jurisdiction, oldest first, overdue verifications flagged.",
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: PageInput.extend({ status: z.enum(['received', 'verifying', 'in_ledger']).optional() }).strict(),
    output: pageOf(OfficialHazard),
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN'],
  }),
  detail: action({
    fn: 'hazard',
    action: 'detail',
    summary:
      'One report for officials of its place, with the reports that look like the same danger (same house, or within 50 m in the same village).',
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: z.object({ reportId: Id }).strict(),
    output: z.object({ report: OfficialHazard, duplicates: z.array(DuplicateCandidate) }),
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  photos: action({
    fn: 'hazard',
    action: 'photos',
    summary:
      "A report's photos as the reporter gave them, with URLs the official can show (CloudBase: temporary URLs), for officials of its place: what they judge before blurring or dropping one.",
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: z.object({ reportId: Id }).strict(),
    output: z.array(z.object({ id: Id, url: z.string(), blurred: z.boolean(), dropped: z.boolean() })),
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  moderate: action({
    fn: 'hazard',
    action: 'moderate',
    summary:
      'Village or township officials of the place: hide or show the report, replace its public text, drop or blur a photo, or mark it a duplicate of another report of the same village.',
    audience: OFFICIALS,
    effect: 'write',
    input: z
      .object({
        reportId: Id,
        op: z.enum(['hide', 'show', 'redact', 'drop_photo', 'blur_photo', 'duplicate']),
        /** op 'redact': the text the public reads instead. */
        text: FreeText({ min: 2, max: 500, label: '公开内容', multiline: true }).optional(),
        /** op 'drop_photo' / 'blur_photo'. */
        photoId: Id.optional(),
        /** op 'duplicate': the report this one repeats. */
        duplicateOfId: Id.optional(),
        reason: Reason,
      })
      .strict(),
    output: OfficialHazard,
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  update: action({
    fn: 'hazard',
    action: 'update',
    summary:
      'Village or township officials move a report (verifying, in_ledger, resolved, not_hazard) with a reason; in_ledger opens the ledger entry (owner: the official; deadline given or 20 working days) in the same transaction. The reporter gets a message.',
    audience: OFFICIALS,
    effect: 'write',
    input: z
      .object({
        reportId: Id,
        to: z.enum(['verifying', 'in_ledger', 'resolved', 'not_hazard']),
        reason: Reason,
        /** The house it is about, once known (required for in_ledger when the danger is a house on record). */
        houseId: Id.optional(),
        /** in_ledger: when the problem must be solved. */
        deadline: CalendarDate.optional(),
      })
      .strict(),
    output: OfficialHazard,
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
} as const
