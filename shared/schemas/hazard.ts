import * as z from 'zod'
import { CalendarDate, Id, Instant, Phone, RegionPath, RegionRef, Seq } from './common'

/** What the person saw (畅通问题反映渠道): the categories the report form offers. */
export const HazardCategory = z.enum(['cracks', 'leaning', 'roof', 'foundation', 'collapse_risk', 'other'])
export type HazardCategory = z.infer<typeof HazardCategory>

export const HAZARD_CATEGORY_LABEL: Record<HazardCategory, string> = {
  cracks: '墙体开裂',
  leaning: '房屋倾斜',
  roof: '屋面漏雨或塌陷',
  foundation: '地基下沉',
  collapse_risk: '有倒塌危险',
  other: '其他',
}

/**
 * received → verifying → in_ledger → resolved, or not_hazard / duplicate; a reporter's reopening sends a
 * resolved or not-a-hazard report back to verifying (shared/domain/hazard.ts holds the moves).
 */
export const HazardStatus = z.enum(['received', 'verifying', 'in_ledger', 'resolved', 'not_hazard', 'duplicate'])
export type HazardStatus = z.infer<typeof HazardStatus>

export const HAZARD_STATUS_LABEL: Record<HazardStatus, string> = {
  received: '已受理',
  verifying: '核实中',
  in_ledger: '已列入台账整改',
  resolved: '已整改',
  not_hazard: '经核实无隐患',
  duplicate: '重复反映',
}

export const Latitude = z.number().min(-90).max(90)
export const Longitude = z.number().min(-180).max(180)

/** Where the danger is: the village always (it routes the report), the device's position when the person allowed it. */
export const HazardLocation = z.object({
  source: z.enum(['device', 'village']),
  lat: Latitude.nullable(),
  lng: Longitude.nullable(),
})
export type HazardLocation = z.infer<typeof HazardLocation>

/** What village and township officials did to what the public sees: nothing is deleted, only withheld. */
export const HazardModeration = z.object({
  hidden: z.boolean(),
  /** Shown instead of the description wherever the public reads the report. */
  redactedText: z.string().max(500).nullable(),
  /** Never shown again to anyone but officials of the place. */
  droppedPhotoIds: z.array(Id),
  /** Shown to the public as a blurred placeholder, not as the photo. */
  blurredPhotoIds: z.array(Id),
})
export type HazardModeration = z.infer<typeof HazardModeration>

export const HazardStep = z.object({
  from: HazardStatus.nullable(),
  to: HazardStatus,
  /** 'reporter' for the reporter's own confirm / reopen; officials by name. */
  byRole: z.enum(['reporter', 'official']),
  byName: z.string().max(60),
  reason: z.string().max(500),
  at: Instant,
})
export type HazardStep = z.infer<typeof HazardStep>

/** A report from the public channel (群众反映的住房安全隐患). */
export const HazardReport = z.object({
  _id: Id,
  reportNo: z.string().min(1).max(30),
  regionPath: RegionPath,
  region: RegionRef,
  villageName: z.string(),
  category: HazardCategory,
  description: z.string().min(1).max(500),
  photoIds: z.array(Id).min(1).max(9),
  location: HazardLocation,
  /** The house, once an official knows which one it is. */
  houseId: Id.nullable(),
  anonymous: z.boolean(),
  /** Never in a public answer; officials see it only on a report that is not anonymous. */
  contactPhone: Phone.nullable(),
  /** The reporter's OPENID: for "my reports" and their messages; never leaves the function but to the reporter. */
  reporterId: z.string().min(1).max(64),
  /** The reporter's name when they are on record and not anonymous, for officials only. */
  reporterName: z.string().max(60).nullable(),
  status: HazardStatus,
  duplicateOf: Id.nullable(),
  ledgerEntryId: Id.nullable(),
  moderation: HazardModeration,
  reportedOn: CalendarDate,
  /** The day officials must have verified it by (hazardVerifyWorkingDays working days), restarted on a reopening. */
  verifyBy: CalendarDate,
  /** The reporter confirmed the fix. */
  confirmedOn: CalendarDate.nullable(),
  history: z.array(HazardStep),
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type HazardReport = z.infer<typeof HazardReport>
