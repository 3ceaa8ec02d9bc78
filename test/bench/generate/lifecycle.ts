import type { Calendar } from '@shared/domain/calendar'
import { addCalendarDays, compareDates, toDayNumber } from '@shared/domain/dates'
import { latestGrade } from '@shared/domain/house-record'
import { maskAccount } from '@shared/domain/masking'
import type { PolicyProfile } from '@shared/domain/policy-profile'
import { subsidyCapFen } from '@shared/domain/subsidy'
import { publicityStageOf } from '@shared/domain/workflow/effects'
import { CURRENT_TABLE } from '@shared/domain/workflow/tables'
import type { Application, CaseEvent, CaseState, Mode } from '@shared/schemas/application'
import type { Household, TargetGroup } from '@shared/schemas/household'
import type { House } from '@shared/schemas/house'
import type { Notification } from '@shared/schemas/notification'
import type { Payment, PaymentStage } from '@shared/schemas/payment'
import type { PublicityNotice } from '@shared/schemas/publicity'
import type { User } from '@shared/schemas/user'
import { historyEntry } from '@shared/usecases/history'
import { caseUpdateMessage, fundsArrivedMessage, outboxRecord } from '@shared/usecases/notify'
import { newApplication } from '@shared/usecases/new-application'
import { seqOf } from '@shared/usecases/paging'
import { buildNotice } from '@shared/usecases/publicity-notice'
import type { Rng } from './random'

/** The officials who act on one village's cases, level by level. */
export type Actors = { farmer: User | null; village: User; township: User; county: User; finance: User }

export type Lifecycle = { application: Application; notices: PublicityNotice[]; payments: Payment[]; messages: Notification[] }

type Step = { event: CaseEvent | 'submit'; to: CaseState; actor: keyof Actors }

const FORWARD: Step[] = [
  { event: 'submit', to: 'submitted', actor: 'farmer' },
  { event: 'approve', to: 'village_approved', actor: 'village' },
  { event: 'approve', to: 'township_approved', actor: 'township' },
  { event: 'approve', to: 'county_approved', actor: 'county' },
  { event: 'choose_plan', to: 'plan_chosen', actor: 'township' },
  { event: 'sign_agreement', to: 'agreement_signed', actor: 'township' },
  { event: 'start_works', to: 'under_construction', actor: 'township' },
  { event: 'accept', to: 'accepted', actor: 'county' },
  { event: 'settle', to: 'settled', actor: 'finance' },
  { event: 'archive', to: 'archived', actor: 'county' },
]

/** The path a case took to reach `state`: the forward chain, or an early exit from it. */
function pathTo(state: CaseState, rng: Rng): Step[] {
  const forward = FORWARD.findIndex((s) => s.to === state)
  if (forward >= 0) return FORWARD.slice(0, forward + 1)
  if (state === 'returned') return [FORWARD[0]!, { event: 'return', to: 'returned', actor: 'village' }]
  if (state === 'withdrawn') return [FORWARD[0]!, { event: 'withdraw', to: 'withdrawn', actor: 'farmer' }]
  if (state === 'ineligible') return [FORWARD[0]!, { event: 'found_safe', to: 'ineligible', actor: 'township' }]
  if (state === 'returned_by_township') return [...FORWARD.slice(0, 2), { event: 'return', to: state, actor: 'township' }]
  if (state === 'returned_by_county') return [...FORWARD.slice(0, 3), { event: 'return', to: state, actor: 'county' }]
  if (state === 'resettled') return [...FORWARD.slice(0, 4), { event: 'resettle', to: state, actor: 'township' }]
  // Most refusals come at the village's review; some at the township's audit.
  return rng.chance(0.7)
    ? [FORWARD[0]!, { event: 'reject', to: 'rejected', actor: 'village' }]
    : [FORWARD[0]!, FORWARD[1]!, { event: 'reject', to: 'rejected', actor: 'township' }]
}

/** An instant on `date` in office hours, Shanghai time, written as the app writes them (UTC ISO). */
function instantOn(date: string, rng: Rng): string {
  const minutes = rng.int(0, 8 * 60)
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `${date}T${hh}:${mm}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`
}

/** A C house is repaired; a D house is mostly rebuilt in place, sometimes built elsewhere. */
export function modeFor(house: House, rng: Rng): Mode {
  return latestGrade(house)?.grade === 'C' ? 'repair' : rng.chance(0.8) ? 'rebuild' : 'new_site'
}

export function targetGroupFor(household: Household, profile: PolicyProfile, rng: Rng): TargetGroup {
  return rng.pick(household.targetGroups.filter((g) => profile.targetGroups.includes(g)))
}

/**
 * One case driven from submission to `state` the way the app would have driven it: the same history
 * entries, publicity notices from the same calendar, the ceiling from the same profile, staged payments
 * within it, and the messages the household received. Steps land on dates no later than `today`.
 */
export function buildLifecycle(args: {
  id: string
  state: CaseState
  startOn: string
  today: string
  household: Household
  house: House
  villageName: string
  actors: Actors
  profile: PolicyProfile
  calendar: Calendar
  rng: Rng
  nextId: (prefix: string) => string
}): Lifecycle {
  const { id, state, household, house, actors, profile, calendar, rng, today, nextId } = args
  const steps = pathTo(state, rng)
  const gaps = steps.map(() => rng.int(1, 12))
  const stepDates = datesOf(steps, gaps, args.startOn, today, calendar, profile)

  const mode = modeFor(house, rng)
  const applicant = steps[0]!.actor === 'farmer' && actors.farmer ? actors.farmer : actors.village
  const at0 = instantOn(stepDates[0]!, rng)
  // Filed the way the app files a case; the steps after the filing are replayed below.
  let c: Application = newApplication({
    id,
    household,
    house,
    villageName: args.villageName,
    applicant,
    targetGroup: targetGroupFor(household, profile, rng),
    mode,
    reason: mode === 'repair' ? '房屋墙体开裂，屋面漏雨，申请加固改造。' : '房屋鉴定为D级危房，无力自行重建，申请拆除重建。',
    photoIds: [],
    profile,
    at: at0,
    today: stepDates[0]!,
  })
  const notices: PublicityNotice[] = []
  steps.forEach((step, i) => {
    if (i === 0) return // the filing itself
    const day = stepDates[i]!
    const at = instantOn(day, rng)
    const actor = step.actor === 'farmer' ? applicant : actors[step.actor]!
    const stage = publicityStageOf(CURRENT_TABLE, step.to)
    const notice = stage ? buildNotice({ id: nextId('n'), application: c, stage, today: day, at, calendar, profile }) : null
    if (notice) notices.push(notice)
    c = {
      ...c,
      state: step.to,
      subsidyCapFen:
        step.to === 'county_approved'
          ? subsidyCapFen({ grade: c.gradeAtApplication, mode, householdSize: c.householdSize, profile })
          : c.subsidyCapFen,
      publicityClosesOn: notice?.closesOn ?? null,
      updatedAt: at,
      history: [
        ...c.history,
        historyEntry({
          caller: { openid: actor._id, user: actor },
          from: c.state,
          to: step.to,
          event: step.event,
          comment: '',
          at,
          today: day,
        }),
      ],
    }
  })

  const payments = paymentsFor(c, household, actors.finance, stepDates, rng, nextId, profile)
  c = { ...c, paidFen: payments.reduce((sum, p) => sum + p.amountFen, 0) }
  const messages: Notification[] = []
  if (actors.farmer) {
    for (const p of payments)
      messages.push(delivered(outboxRecord(nextId('m'), p.createdAt, fundsArrivedMessage(actors.farmer._id, p)), rng))
    messages.push(delivered(outboxRecord(nextId('m'), c.updatedAt, caseUpdateMessage(actors.farmer._id, c, '')), rng))
  }
  return { application: c, notices, payments, messages }
}

function delivered(message: Notification, rng: Rng): Notification {
  return { ...message, status: 'sent', attempts: 1, sentAt: message.createdAt, read: rng.chance(0.7) }
}

/**
 * The day each step happened: a gap after the previous one, and never before the previous stage's publicity
 * has closed. A path that would end after `today` starts earlier instead.
 */
function datesOf(
  steps: Step[],
  gaps: number[],
  startOn: string,
  today: string,
  calendar: Calendar,
  profile: PolicyProfile,
): string[] {
  let start = startOn
  for (;;) {
    const dates: string[] = []
    let on = start
    for (const [i, step] of steps.entries()) {
      // Past today the calendar may not know the year yet: start earlier by the overshoot and what is left.
      if (compareDates(on, today) > 0) break
      dates.push(on)
      const closes = publicityStageOf(CURRENT_TABLE, step.to)
        ? calendar.publicityWindow(on, profile.publicityWorkingDays).closesOn
        : on
      on = addCalendarDays(closes, gaps[i]!)
    }
    if (dates.length === steps.length) return dates
    start = addCalendarDays(start, -(toDayNumber(on) - toDayNumber(today) + 20 * (steps.length - dates.length)))
  }
}

const PAID_STAGES: Partial<Record<CaseState, PaymentStage[]>> = {
  under_construction: ['start'],
  accepted: ['start', 'acceptance'],
  settled: ['start', 'acceptance', 'settlement'],
  archived: ['start', 'acceptance', 'settlement'],
}

/** Start-up money when works begin, progress money on acceptance, the balance at settlement; never above the ceiling. */
function paymentsFor(
  c: Application,
  household: Household,
  finance: User,
  stepDates: string[],
  rng: Rng,
  nextId: (prefix: string) => string,
  profile: PolicyProfile,
): Payment[] {
  const stages = PAID_STAGES[c.state] ?? []
  const cap = c.subsidyCapFen ?? 0
  if (stages.length === 0 || cap === 0 || !household.account) return []
  const settled = Math.round((cap * rng.int(85, 100)) / 100)
  const start = Math.min(profile.preAllocationFen[c.gradeAtApplication === 'C' ? 'C' : 'D'], Math.floor(settled / 2))
  const progress = Math.floor((settled - start) * 0.6)
  const amounts: Record<PaymentStage, number> = {
    start,
    structure: 0,
    acceptance: progress,
    settlement: settled - start - progress,
    rental: 0,
  }
  const stepOf: Record<PaymentStage, CaseState> = {
    start: 'under_construction',
    structure: 'under_construction',
    acceptance: 'accepted',
    settlement: 'settled',
    rental: 'settled',
  }
  return stages
    .filter((stage) => amounts[stage] > 0)
    .map((stage) => {
      const paidOn = stepDates[c.history.findIndex((h) => h.to === stepOf[stage])] ?? stepDates.at(-1)!
      const id = nextId('p')
      const createdAt = instantOn(paidOn, rng)
      return {
        _id: id,
        caseId: c._id,
        caseNo: c.caseNo,
        householdId: household._id,
        regionPath: c.regionPath,
        region: c.region,
        amountFen: amounts[stage],
        stage,
        fundingSource: household.receivedHigherLevelSubsidy ? 'local' : 'higher_level',
        payeeType: 'household',
        payeeAccountMasked: maskAccount(household.account!.accountNo),
        disbursementId: null,
        paidOn,
        voucherNo: `PZ${paidOn.slice(0, 4)}${id.slice(1)}`,
        recordedBy: finance._id,
        createdAt,
        seq: seqOf(createdAt, id),
      }
    })
}
