import * as z from 'zod'
import { CalendarDate, Id, PageInput, Phone, RegionPath, pageOf } from '../schemas/common'
import { HazardCategory, HazardStatus, HazardStep, Latitude, Longitude } from '../schemas/hazard'
import { FreeText } from '../schemas/text'
import { action } from './contract'

/** The ids the upload route or `hazard.registerPhoto` answered; the server checks each names the caller's own photo. */
const PhotoIds = z
  .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '照片无效，请重新上传'))
  .min(1, '请至少拍摄或选择1张照片')
  .max(9, '最多9张照片')

export const ReportHazardInput = z
  .object({
    category: HazardCategory,
    description: FreeText({ min: 5, max: 500, label: '情况说明', multiline: true }),
    photoIds: PhotoIds,
    /** The village of the danger, from the device position's village or the region picker; it routes the report. */
    regionPath: RegionPath,
    /** The device's position, when the person allowed it (both or neither). */
    lat: Latitude.optional(),
    lng: Longitude.optional(),
    anonymous: z.boolean().default(false),
    contactPhone: Phone.optional(),
  })
  .strict()
export type ReportHazardInput = z.input<typeof ReportHazardInput>

/** A photo as the reader may see it: a blurred one is a placeholder to the public. */
export const HazardPhoto = z.object({ id: Id, blurred: z.boolean() })

/** What anyone may read: no reporter, no phone, moderated text and photos. */
export const PublicHazard = z.object({
  id: Id,
  reportNo: z.string(),
  /** The village: public, it is where the list is read. */
  regionPath: RegionPath,
  villageName: z.string(),
  category: HazardCategory,
  categoryLabel: z.string(),
  /** The official's redacted text when there is one, numbers masked in any case. */
  description: z.string(),
  status: HazardStatus,
  statusLabel: z.string(),
  reportedOn: CalendarDate,
  photos: z.array(HazardPhoto),
  duplicateOf: Id.nullable(),
})
export type PublicHazard = z.infer<typeof PublicHazard>

/** The reporter's own view: their whole report, the history and what they may do now. */
export const MyHazard = PublicHazard.extend({
  anonymous: z.boolean(),
  /** Masked: the reporter knows it, the screen need not show it in full. */
  contactPhoneMasked: z.string().nullable(),
  hidden: z.boolean(),
  confirmedOn: CalendarDate.nullable(),
  history: z.array(HazardStep),
  canConfirm: z.boolean(),
  canReopen: z.boolean(),
})
export type MyHazard = z.infer<typeof MyHazard>

/** Shared with the officials' contracts (hazard-oversight.api.ts). */
export const Reason = FreeText({ min: 2, max: 500, label: '原因', multiline: true })

export const hazardApi = {
  report: action({
    fn: 'hazard',
    action: 'report',
    summary:
      'Reports a housing danger (隐患反映): category, description, 1–9 own photos, village (and the device position), anonymous or with a phone. Any WeChat user or H5 visitor with a session; routed to the village and its township. Limited to 5 a day per person (and 20 an hour per address on the local server).',
    audience: 'public',
    effect: 'write',
    input: ReportHazardInput,
    output: MyHazard,
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'TOO_MANY_ATTEMPTS'],
  }),
  registerPhoto: action({
    fn: 'hazard',
    action: 'registerPhoto',
    summary:
      "Records a photo the mini-program put in cloud storage for a hazard report, for any WeChat user (a report needs no record): the upload rules' byte check and daily quota.",
    audience: 'public',
    effect: 'write',
    input: z.object({ fileId: z.string().min(1).max(300) }).strict(),
    output: z.object({ id: Id }),
    errors: ['BAD_INPUT', 'UNAUTHENTICATED'],
  }),
  places: action({
    fn: 'hazard',
    action: 'places',
    summary:
      'The region tree one level at a time, for the report form’s village picker: the counties, or the children of `parent`.',
    audience: 'public',
    effect: 'read',
    input: z.object({ parent: RegionPath.optional() }).strict(),
    output: z.object({
      items: z.array(z.object({ path: RegionPath, name: z.string(), level: z.enum(['county', 'township', 'village']) })),
    }),
    errors: ['BAD_INPUT'],
  }),
  publicList: action({
    fn: 'hazard',
    action: 'publicList',
    summary:
      "A village's reports (without a village: every village's), newest first, for everyone: masked text, moderated photos, never the reporter; hidden reports left out.",
    audience: 'public',
    effect: 'read',
    input: PageInput.extend({ regionPath: RegionPath.optional() }).strict(),
    output: pageOf(PublicHazard),
    errors: ['BAD_INPUT'],
  }),
  mine: action({
    fn: 'hazard',
    action: 'mine',
    summary:
      "The caller's own reports, anonymous ones included, newest first, with their history; a caller without identity has none.",
    audience: 'public',
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(MyHazard),
    errors: ['BAD_INPUT'],
  }),
  confirm: action({
    fn: 'hazard',
    action: 'confirm',
    summary:
      'The reporter confirms a resolved report is fixed, or reopens a resolved or not-a-hazard report with a reason (it goes back to verifying, with a new deadline).',
    audience: 'public',
    effect: 'write',
    input: z.object({ reportId: Id, move: z.enum(['confirm', 'reopen']), reason: Reason.optional() }).strict(),
    output: MyHazard,
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
} as const
