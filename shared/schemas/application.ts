import * as z from 'zod'
import { CalendarDate, Fen, Id, Instant, RegionPath, RegionRef, Seq } from './common'
import { TargetGroup } from './household'
import { Grade } from './house'
import { BuilderPayee, Milestones, NO_MILESTONES, RentalContract, Settlement } from './funds'
import { FundingSource } from './payment'
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
  // Workflow v2:
  'returned_by_township', // 乡镇退回申请人补正；补正后直接回到乡镇
  'returned_by_county', // 县退回申请人补正；补正后直接回到县
  'plan_chosen', // 改造方案已定，待三方确认协议
  'resettled', // 放弃改造，已安置（集中安置 / 子女赡养 / 租赁安置）
  'ineligible', // 经鉴定或验收材料证明住房安全，不属保障范围
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
  // Workflow v2:
  'return_below', // 退回下一级重新办理（乡镇 → 村，县 → 乡镇）
  'choose_plan', // 确定改造方案
  'resettle', // 放弃改造，安置到位
  'change_plan', // 协议后经县级决定变更方案
  'found_safe', // 鉴定为 A/B 级，或验收材料证明住房安全（免鉴定）
  'objection_return', // 异议成立，退回申请人
  'objection_reject', // 异议成立，不予支持
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

/** 放弃改造的安置方式 */
export const ResettlementKind = z.enum(['concentrated', 'children', 'rental'])
export type ResettlementKind = z.infer<typeof ResettlementKind>

export const RESETTLEMENT_LABEL: Record<ResettlementKind, string> = {
  concentrated: '集中安置',
  children: '子女赡养',
  rental: '租赁安置',
}

/** Who the subsidy is paid to: the household's one card, the builder (government-organised works, agreed in writing), or the landlord (rental). */
export const PayTo = z.enum(['household', 'builder', 'landlord'])
export type PayTo = z.infer<typeof PayTo>

/** The three parties of the tripartite agreement (三方协议): 甲方 township, 乙方 village, 丙方 household. */
export const AgreementParty = z.enum(['township', 'village', 'household'])
export type AgreementParty = z.infer<typeof AgreementParty>

/** The household's plan (改造方案), fixed by the agreement; changed afterwards only by a recorded county decision. */
export const CasePlan = z.object({
  mode: Mode,
  /** Only for mode `resettle`. */
  resettlement: ResettlementKind.nullable(),
  /** Main-house area to be built or repaired; null where nothing is built (rental, public rental, resettlement). */
  areaM2: z.number().positive().max(2000).nullable(),
  /** The subsidy agreed, within the case's ceiling. */
  subsidyFen: Fen,
  startOn: CalendarDate.nullable(),
  finishBy: CalendarDate.nullable(),
  payTo: PayTo,
  note: z.string().max(500).default(''),
  chosenById: Id,
  chosenOn: CalendarDate,
})
export type CasePlan = z.infer<typeof CasePlan>

/** 代为申请: the village committee filed for a person who cannot (失能失智); that official may not also record the village review. */
export const ProxyFiling = z.object({
  officialId: Id,
  officialName: z.string(),
  reason: z.string().min(1).max(500),
})
export type ProxyFiling = z.infer<typeof ProxyFiling>

/**
 * Issue 9 (who may apply): one person listed in two households of the county, or in another household's open case,
 * shown to the township and the county on the case. The ID number is masked: the officials know the household already.
 */
export const CaseFlag = z.object({
  kind: z.enum(['id_in_other_household', 'id_in_other_open_case']),
  idNumberMasked: z.string(),
  otherHouseholdId: Id,
  otherRegionPath: RegionPath,
  otherCaseId: Id.nullable(),
  raisedOn: CalendarDate,
})
export type CaseFlag = z.infer<typeof CaseFlag>

/** A house renovated before and made dangerous again by a small natural disaster, included again (city scheme). */
export const Reinclusion = z.object({
  reason: z.string().min(1).max(500),
  /** The register lines of the earlier renovation. */
  priorBenefitIds: z.array(z.string()),
})
export type Reinclusion = z.infer<typeof Reinclusion>
// ── Workflow v2 (feat/workflow): the village meeting record and the resettlement record ──

/** 村集体评议的会议记录: the meeting that decided the village review, recorded with the decision. */
export const VillageReview = z.object({
  meetingOn: CalendarDate,
  /** People present (村民代表 / 村“两委” members who voted). */
  attendance: z.number().int().min(1).max(1000),
  votesFor: z.number().int().nonnegative(),
  votesAgainst: z.number().int().nonnegative(),
  /** The upload id of the photo of the signed minutes (the recording official's upload, attached to the case). */
  minutesPhotoId: z.string(),
  decision: z.enum(['approve', 'return', 'reject']),
  recordedById: Id,
  recordedByName: z.string(),
  recordedOn: CalendarDate,
})
export type VillageReview = z.infer<typeof VillageReview>

/** 放弃改造、妥善安置: how a household that gave up renovation was made safe, against the campaign deadline. */
export const Resettlement = z.object({
  kind: ResettlementKind,
  note: z.string().max(500).default(''),
  on: CalendarDate,
  /** The profile's deadline for give-up resettlement when it sets one (district 2020: 20 February); else null. */
  deadline: CalendarDate.nullable(),
  /** Whether it was done by the deadline; null without a deadline. */
  onTime: z.boolean().nullable(),
  recordedById: Id,
})
export type Resettlement = z.infer<typeof Resettlement>

// ── end workflow v2 ──

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
  /** Issue 11: money finance has sent the township for this household, less what a settlement returned. */
  allocatedFen: Fen.default(0),
  milestones: Milestones.default(NO_MILESTONES),
  settlement: Settlement.nullable().default(null),
  /** Which allocation the township waits for (start-up money once works start, the remainder once settled); null: none. */
  fundsWaiting: z.enum(['start', 'remainder', 'contract']).nullable().default(null),
  builderPayee: BuilderPayee.nullable().default(null),
  rental: RentalContract.nullable().default(null),
  /** Objections raised during a publicity window and not yet resolved; while any is open the case cannot move forward. */
  openObjections: z.number().int().nonnegative().default(0),
  /** The grade of the latest appraisal of the case's house (房屋危险性等级鉴定); null until appraised. */
  appraisedGrade: Grade.nullable().default(null),
  proxy: ProxyFiling.nullable().default(null),
  plan: CasePlan.nullable().default(null),
  /** Parties that have confirmed the agreement of the current plan; all three move the case to agreement_signed. */
  agreementConfirmedBy: z.array(AgreementParty).default([]),
  // Issue 9, profiles and the benefit register (double benefit, duplicate persons):
  /** Where the money comes from under the no-double-benefit rule, set at filing and again at county approval. */
  fundingSource: FundingSource.nullable().default(null),
  /** Why, in words shown on the case (e.g. already had provincial housing money → local finance). */
  fundingReason: z.string().max(500).default(''),
  reinclusion: Reinclusion.nullable().default(null),
  flags: z.array(CaseFlag).default([]),
  /** The village meeting that made the latest village decision; cleared when the township sends the case back to it. */
  villageReview: VillageReview.nullable().default(null),
  /** Set when the household gave up renovation and was resettled (the case is then closed). */
  resettlement: Resettlement.nullable().default(null),
  history: z.array(HistoryEntry),
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type Application = z.infer<typeof Application>
