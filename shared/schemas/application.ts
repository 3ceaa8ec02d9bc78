import * as z from 'zod'
import { CalendarDate, Fen, Id, Instant, RegionPath, RegionRef, Seq } from './common'
import { TargetGroup } from './household'
import { Grade } from './house'
import { Role } from './user'

/** Where a case stands in the procedure (认定程序 → 协议 → 施工 → 验收 → 结算 → 归档). */
export const CaseState = z.enum([
  'submitted', // 已申请，待村评议
  'returned', // 退回补正
  'village_approved', // 村评议通过，公示中 / 待乡镇审核
  'township_approved', // 乡镇审核通过，公示中 / 待县审批
  'county_approved', // 县级审批通过，待签协议
  'agreement_signed', // 已签三方协议
  'under_construction', // 施工中
  'accepted', // 竣工验收通过
  'settled', // 已结算
  'archived', // 已归档
  'rejected', // 不予支持
  'withdrawn', // 申请人撤回
])
export type CaseState = z.infer<typeof CaseState>

export const CaseEvent = z.enum([
  'approve',
  'return',
  'reject',
  'resubmit',
  'withdraw',
  'sign_agreement',
  'start_works',
  'accept',
  'settle',
  'archive',
])
export type CaseEvent = z.infer<typeof CaseEvent>

/** 保障方式 */
export const Mode = z.enum(['repair', 'rebuild', 'new_site', 'public_rental', 'rent_swap', 'resettle'])
export type Mode = z.infer<typeof Mode>

export const MODE_LABEL: Record<Mode, string> = {
  repair: '加固改造',
  rebuild: '拆除重建',
  new_site: '选址新建',
  public_rental: '农村集体公租房',
  rent_swap: '租赁/置换',
  resettle: '集中安置/子女赡养/租赁安置',
}

/** One line each, in the words a farmer uses, so the policy terms are not a guess. */
export const MODE_HINT: Record<Mode, string> = {
  repair: '房子还能住，加固墙体、屋顶，修好后继续住（C级危房）',
  rebuild: '把旧房拆掉，在原来的宅基地上重新盖（D级危房）',
  new_site: '换一块宅基地盖新房，旧房拆除或不再住人',
  public_rental: '不自己盖房，住进村里的集体公租房',
  rent_swap: '租别人的安全住房，或用旧房换一处安全住房',
  resettle: '搬到集中安置点，或到子女家住、租房安置',
}

export const HistoryEntry = z.object({
  from: CaseState.nullable(),
  to: CaseState,
  event: z.union([CaseEvent, z.literal('submit')]),
  actorRole: Role,
  actorId: Id,
  actorName: z.string(),
  comment: z.string().max(500).default(''),
  at: Instant,
  on: CalendarDate,
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

/** A case (申请 / 改造案件) for one household and one house. */
export const Application = z.object({
  _id: Id,
  caseNo: z.string(),
  householdId: Id,
  houseId: Id.nullable(),
  regionPath: RegionPath,
  region: RegionRef,
  villageName: z.string(),
  applicantName: z.string(),
  appliedBy: z.enum(['self', 'village']),
  targetGroup: TargetGroup,
  mode: Mode,
  reason: z.string().min(1).max(500),
  photoIds: z.array(z.string()).max(9),
  gradeAtApplication: Grade.nullable(),
  householdSize: z.number().int().min(1),
  state: CaseState,
  /** The transition table version the case runs under, so old cases keep their rules. */
  workflowVersion: z.number().int(),
  policyProfileId: z.string(),
  /** Ceiling of the subsidy under the policy profile, fixed at county approval. */
  subsidyCapFen: Fen.nullable(),
  /** Last day of the running stage's publicity; the next level may act from the day after. */
  publicityClosesOn: CalendarDate.nullable(),
  paidFen: Fen,
  history: z.array(HistoryEntry),
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type Application = z.infer<typeof Application>
