import * as z from 'zod'
import { CalendarDate, Id, Instant, RegionPath, RegionRef, Seq } from './common'

/** Which result is being publicised (公示). */
export const PublicityStage = z.enum(['village_review', 'township_audit', 'county_approval'])
export type PublicityStage = z.infer<typeof PublicityStage>

export const PUBLICITY_STAGE_LABEL: Record<PublicityStage, string> = {
  village_review: '村评议结果',
  township_audit: '乡镇审核结果',
  county_approval: '县级审批结果',
}

/**
 * A notice as stored. Only masked text is ever written into it, so the board can be served as is.
 * `opensOn`..`closesOn` are the working days the notice runs; objections are taken through `closesOn`.
 */
export const PublicityNotice = z.object({
  _id: Id,
  caseId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  villageName: z.string(),
  stage: PublicityStage,
  maskedName: z.string(),
  summary: z.string(),
  postedOn: CalendarDate,
  opensOn: CalendarDate,
  closesOn: CalendarDate,
  createdAt: Instant,
  seq: Seq,
})
export type PublicityNotice = z.infer<typeof PublicityNotice>
