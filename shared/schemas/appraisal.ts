import * as z from 'zod'
import { CalendarDate, Id, Instant, RegionPath, RegionRef, Seq } from './common'
import { ExemptionReason, Grade } from './house'

export { ExemptionReason }

/** ordered → recorded (the appraiser graded the house) or exempted (the township accepted acceptance papers instead). */
export const AppraisalState = z.enum(['ordered', 'recorded', 'exempted'])
export type AppraisalState = z.infer<typeof AppraisalState>

export const APPRAISAL_STATE_LABEL: Record<AppraisalState, string> = {
  ordered: '待鉴定',
  recorded: '已鉴定',
  exempted: '免鉴定',
}

export const EXEMPTION_REASON_LABEL: Record<ExemptionReason, string> = {
  relocated_flat: '已搬迁入住楼房',
  renovated_since_2018: '2018年以来已改造',
}

/** A photo of the appraisal, with where and when it was taken. */
export const AppraisalPhoto = z.object({
  uploadId: Id,
  /** Where on the site (东墙、屋面…), as the appraiser wrote it. */
  place: z.string().min(1).max(100),
  takenAt: Instant,
  /** The phone's position when it was taken, when the appraiser allowed it. */
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
})
export type AppraisalPhoto = z.infer<typeof AppraisalPhoto>

export const AppraisalResult = z.object({
  grade: Grade,
  on: CalendarDate,
  /** The report (PDF or a photo of the paper). */
  reportFileId: Id,
  photos: z.array(AppraisalPhoto).min(1).max(9),
  note: z.string().max(500),
  byId: Id,
  byName: z.string(),
})
export type AppraisalResult = z.infer<typeof AppraisalResult>

export const AppraisalExemption = z.object({
  reason: ExemptionReason,
  /** The acceptance papers (PDF or photos). */
  paperIds: z.array(Id).min(1).max(9),
  note: z.string().max(500),
  byId: Id,
  byName: z.string(),
  on: CalendarDate,
})
export type AppraisalExemption = z.infer<typeof AppraisalExemption>

/**
 * One appraisal of one house (房屋危险性等级鉴定): ordered by the county for an appraiser of the county, recorded
 * by that appraiser, or replaced by the township's acceptance of papers (then it has no order).
 */
export const Appraisal = z.object({
  _id: Id,
  regionPath: RegionPath,
  region: RegionRef,
  villageName: z.string(),
  houseId: Id,
  householdId: Id,
  headName: z.string(),
  address: z.string(),
  /** Orders placed together share it (a village's target-group houses, a pasted list). */
  batchId: Id.nullable(),
  orderedById: Id.nullable(),
  orderedByName: z.string().nullable(),
  orderedOn: CalendarDate.nullable(),
  appraiserId: Id.nullable(),
  appraiserName: z.string().nullable(),
  dueOn: CalendarDate.nullable(),
  note: z.string().max(200),
  state: AppraisalState,
  result: AppraisalResult.nullable(),
  exemption: AppraisalExemption.nullable(),
  /** The household's case the outcome was written to (its grade, or its end as not eligible), if any. */
  caseId: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type Appraisal = z.infer<typeof Appraisal>
