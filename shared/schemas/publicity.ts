import * as z from 'zod'
import { Mode } from './application'
import { CalendarDate, Fen, Id, Instant, RegionPath, RegionRef, Seq } from './common'
import { TargetGroup } from './household'
import { Grade } from './house'

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
  /*
   * What the public is told, as structured fields (defaulted, so notices posted before them still parse): the
   * target group, the house's grade (null: no house), the mode and the subsidy ceiling (null: priced by contract).
   */
  targetGroup: TargetGroup.nullable().default(null),
  grade: Grade.nullable().default(null),
  mode: Mode.nullable().default(null),
  amountFen: Fen.nullable().default(null),
  postedOn: CalendarDate,
  opensOn: CalendarDate,
  closesOn: CalendarDate,
  createdAt: Instant,
  seq: Seq,
})
export type PublicityNotice = z.infer<typeof PublicityNotice>
