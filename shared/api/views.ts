import * as z from 'zod'
import { CalendarDate, Fen, Id, Instant, RegionPath } from '../schemas/common'
import { Application, CaseEvent, CaseState, Mode } from '../schemas/application'
import { TargetGroup } from '../schemas/household'
import { House } from '../schemas/house'
import { NotificationKind } from '../schemas/notification'
import { Payment } from '../schemas/payment'
import { PublicityStage } from '../schemas/publicity'
import { Role } from '../schemas/user'

/** One line of a case list (inbox, my cases, payable cases). */
export const CaseSummary = z.object({
  _id: Id,
  caseNo: z.string(),
  applicantName: z.string(),
  villageName: z.string(),
  state: CaseState,
  mode: Mode,
  targetGroup: TargetGroup,
  submittedOn: CalendarDate,
  updatedAt: Instant,
  subsidyCapFen: Fen.nullable(),
  paidFen: Fen,
  /** When the current stage's publicity ends; the next reviewer may act from the day after. */
  publicityClosesOn: CalendarDate.nullable(),
  /** The day the case entered its current state. */
  enteredOn: CalendarDate,
})
export type CaseSummary = z.infer<typeof CaseSummary>

/**
 * An inbox line: how long it has waited for the reviewer, in working days, and whether it is overdue; the working
 * days left of a running publicity (today included); the campaign deadline that applies to its stage, if the profile
 * sets one, and whether it has passed.
 */
export const InboxItem = CaseSummary.extend({
  urgency: z
    .object({ waitingDays: z.number().int().nonnegative(), limitDays: z.number().int().positive(), overdue: z.boolean() })
    .nullable(),
  publicityDaysLeft: z.number().int().nonnegative().nullable().default(null),
  deadline: z.object({ label: z.string(), on: CalendarDate, overdue: z.boolean() }).nullable().default(null),
})
export type InboxItem = z.infer<typeof InboxItem>

/** What a payment looks like to anyone but finance: the account is masked. */
export const PaymentView = Payment.omit({ recordedBy: true })
export type PaymentView = z.infer<typeof PaymentView>

export const HouseholdView = z.object({
  _id: Id,
  headName: z.string(),
  size: z.number().int(),
  targetGroups: z.array(TargetGroup),
  accountMasked: z.string().nullable(),
  villageName: z.string(),
})
export type HouseholdView = z.infer<typeof HouseholdView>

/** What the plan form may offer for this case (改造方案): the modes its grade allows and the most each may agree. */
export const PlanOptions = z.object({
  modes: z.array(Mode),
  /** The main-house area standard for the household's size (new houses are held to it). */
  standardAreaM2: z.number().positive(),
  /** Per mode offered, the most the plan may agree at the standard area (a smaller new house gets less). */
  ceilingFen: z.record(z.string(), Fen),
  worksCompleteBy: CalendarDate.nullable(),
  resettleBy: CalendarDate.nullable(),
})
export type PlanOptions = z.infer<typeof PlanOptions>

export const CaseDetail = z.object({
  case: Application,
  household: HouseholdView,
  house: House.nullable(),
  payments: z.array(PaymentView),
  notices: z.array(z.lazy(() => PublicNotice)),
  /** What the caller may do next, so pages show only buttons that will work. */
  allowedEvents: z.array(CaseEvent),
  /**
   * What happens next and how many working days it usually takes (from the profile in force; null where the step is
   * the household's own or runs with the works); null when the case is closed.
   */
  nextStep: z.object({ label: z.string(), withinWorkingDays: z.number().int().positive().nullable() }).nullable(),
  /** Present when the caller may choose or change the plan now. */
  planOptions: PlanOptions.nullable().default(null),
})
export type CaseDetail = z.infer<typeof CaseDetail>

/** A publicity notice as the public sees it: masked, no ids of people, no numbers. */
export const PublicNotice = z.object({
  _id: Id,
  villageName: z.string(),
  regionPath: RegionPath,
  stage: PublicityStage,
  stageLabel: z.string(),
  maskedName: z.string(),
  summary: z.string(),
  /** 保障对象类别, 危房等级 (or 无房户), 改造方式 and the subsidy ceiling; null on notices posted before they were stated. */
  targetGroupLabel: z.string().nullable(),
  gradeLabel: z.string().nullable(),
  modeLabel: z.string().nullable(),
  amountFen: Fen.nullable(),
  postedOn: CalendarDate,
  opensOn: CalendarDate,
  closesOn: CalendarDate,
  running: z.boolean(),
  /** The countdown: working days the notice still runs, today included (0 once it has ended). */
  workingDaysLeft: z.number().int().nonnegative(),
  /** Whether an objection is taken today (from posting through the last day). */
  acceptsObjections: z.boolean(),
})
export type PublicNotice = z.infer<typeof PublicNotice>

export const Me = z.object({
  /** Null for a visitor without identity (H5 without a session); the mini-program always has one. */
  openid: Id.nullable(),
  registered: z.boolean(),
  /** The caller's own record id (what records name them by, e.g. a batch's maker); null when not registered. */
  userId: Id.nullable(),
  name: z.string().nullable(),
  role: Role.nullable(),
  roleLabel: z.string().nullable(),
  regionPath: RegionPath.nullable(),
  regionName: z.string().nullable(),
  householdId: Id.nullable(),
  unread: z.number().int().nonnegative(),
  /** The legal date on the server (Asia/Shanghai); pages use it rather than the phone's clock. */
  today: CalendarDate,
})
export type Me = z.infer<typeof Me>

export const MessageView = z.object({
  _id: Id,
  kind: NotificationKind,
  title: z.string(),
  body: z.string(),
  page: z.string(),
  read: z.boolean(),
  createdAt: Instant,
})
export type MessageView = z.infer<typeof MessageView>

export const HouseholdOption = z.object({
  _id: Id,
  headName: z.string(),
  villageName: z.string(),
  /** The groups the household is registered in (by civil affairs, rural revitalisation, disabled persons' federation). */
  targetGroups: z.array(TargetGroup),
  houses: z.array(
    z.object({
      _id: Id,
      address: z.string(),
      grade: z.string().nullable(),
      /** The ways this house may be made safe under the profile in force (eligibility's `modesAllowed`). */
      modes: z.array(Mode),
    }),
  ),
  /** The ways open to the household if it has no house; empty when the policy does not cover 无房户. */
  houselessModes: z.array(Mode),
  /** Issue 9: the target groups of the county's profile in force, each with the department that verifies it; the form offers only these. */
  profileGroups: z.array(z.object({ group: TargetGroup, department: z.string() })).default([]),
  /** Issue 9: whether the profile includes a renovated house again after a small natural disaster (the form asks why). */
  reinclusionAllowed: z.boolean().default(false),
  /** The household's case still in progress, if any: a second application would be refused, so the form says so first. */
  activeCaseId: Id.nullable().default(null),
})
export type HouseholdOption = z.infer<typeof HouseholdOption>
