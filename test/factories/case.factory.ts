import type { z } from 'zod'
import { createCalendar } from '@shared/domain/calendar'
import { maskAccount } from '@shared/domain/masking'
import { LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { subsidyCapFen } from '@shared/domain/subsidy'
import { publicityStageOf } from '@shared/domain/workflow/effects'
import { CURRENT_TABLE, WORKFLOW_VERSION } from '@shared/domain/workflow/tables'
import { CaseState as CaseStates } from '@shared/schemas/application'
import { Application, type CaseEvent, type CaseState, type HistoryEntry } from '@shared/schemas/application'
import { Notification } from '@shared/schemas/notification'
import { Payment } from '@shared/schemas/payment'
import { PublicityNotice, type PublicityStage } from '@shared/schemas/publicity'
import type { Role } from '@shared/schemas/user'
import { regionRefOf } from '@shared/domain/jurisdiction'
import { buildNotice } from '@shared/usecases/publicity-notice'
import { seqOf } from '@shared/usecases/paging'
import { VILLAGE } from './household.factory'

/**
 * A case standing in any state, built the way the procedure would have left it (timeline, publicity,
 * ceiling) but without driving decisions through the API, so a test states the state it is about.
 * Defaults belong to `aHousehold()` / `aHouse()` ('hh-1', 'house-1', a D house rebuilt by 3 persons).
 */

const calendar = createCalendar()

/** Who moves a case at each step; ids match the users of world.factory.ts. */
const ACTORS: Record<Role, { id: string; name: string }> = {
  farmer: { id: 'u-farmer', name: '张三' },
  village: { id: 'u-village-a1', name: '刘村' },
  township: { id: 'u-township-a', name: '周镇' },
  county: { id: 'u-county', name: '郑县' },
  admin: { id: 'u-admin', name: '孟管' },
  finance: { id: 'u-finance', name: '冯财' },
  appraiser: { id: 'u-appraiser', name: '韩工' },
}

const MAIN_ROAD: CaseState[] = [
  'submitted',
  'village_approved',
  'township_approved',
  'county_approved',
  'plan_chosen',
  'agreement_signed',
  'under_construction',
  'accepted',
  'settled',
  'archived',
]

/** Where a state off the main road branches from (the rest branch from submitted). */
const BRANCHES_FROM: Partial<Record<CaseState, CaseState>> = {
  returned_by_township: 'village_approved',
  returned_by_county: 'township_approved',
  resettled: 'county_approved',
}

/** The states a case passed through to reach `state`, first to last. */
export function roadTo(state: CaseState): CaseState[] {
  const i = MAIN_ROAD.indexOf(state)
  if (i >= 0) return MAIN_ROAD.slice(0, i + 1)
  return [...roadTo(BRANCHES_FROM[state] ?? 'submitted'), state]
}

/** A case is approved (and has a ceiling) once its road passed county approval. */
export function isApproved(state: CaseState): boolean {
  return roadTo(state).includes('county_approved')
}

function eventBetween(from: CaseState, to: CaseState): { event: CaseEvent; by: Role } {
  const found = Object.entries(CURRENT_TABLE.states[from]?.on ?? {}).find(([, row]) => row?.to === to)
  if (!found) throw new Error(`the workflow has no step from ${from} to ${to}`)
  return { event: found[0] as CaseEvent, by: found[1]!.by[0]! }
}

/** Steps are this many working days apart, longer than any publicity, so each one had run its course. */
const STEP_WORKING_DAYS = 8

export const instantOf = (on: string) => `${on}T02:00:00.000Z`

type CaseInput = z.input<typeof Application>

export function aCase(state: CaseState = 'submitted', overrides: Partial<CaseInput> & { filedOn?: string } = {}) {
  const { filedOn = '2026-06-01', ...fields } = overrides
  const id = fields._id ?? 'case-1'
  const regionPath = fields.regionPath ?? VILLAGE
  const base = {
    _id: id,
    householdId: 'hh-1',
    houseId: 'house-1',
    regionPath,
    region: regionRefOf(regionPath),
    villageName: '甲一村',
    applicantName: '张三',
    appliedBy: 'self' as const,
    targetGroup: 'min_allowance' as const,
    mode: 'rebuild' as const,
    reason: '土坯房墙体开裂，雨季漏雨',
    photoIds: [],
    gradeAtApplication: 'D' as const,
    householdSize: 3,
    ...fields,
  }
  const road = roadTo(state)
  const history: HistoryEntry[] = road.map((to, i) => {
    const on = calendar.addWorkingDays(filedOn, i * STEP_WORKING_DAYS)
    const step = i === 0 ? { event: 'submit' as const, by: 'farmer' as Role } : eventBetween(road[i - 1]!, to)
    const actor = ACTORS[step.by]
    return {
      from: i === 0 ? null : road[i - 1]!,
      to,
      event: step.event,
      actorRole: step.by,
      actorId: actor.id,
      actorName: actor.name,
      comment: step.event === 'return' || step.event === 'reject' ? '材料不全，请补充鉴定报告' : '',
      at: instantOf(on),
      on,
    }
  })
  const last = history[history.length - 1]!
  const publicised = publicityStageOf(CURRENT_TABLE, state) !== null
  const derived = {
    caseNo: `AJ${filedOn.replace(/-/g, '')}${id.slice(-6).toUpperCase()}`,
    state,
    workflowVersion: WORKFLOW_VERSION,
    policyProfileId: LUOZHUANG_2020.id,
    subsidyCapFen: isApproved(state)
      ? subsidyCapFen({
          grade: base.gradeAtApplication,
          mode: base.mode,
          householdSize: base.householdSize,
          profile: LUOZHUANG_2020,
        })
      : null,
    publicityClosesOn: publicised ? calendar.publicityWindow(last.on, LUOZHUANG_2020.publicityWorkingDays).closesOn : null,
    paidFen: 0,
    // The grade on file when the household applied came from an appraisal of the house.
    appraisedGrade: base.gradeAtApplication,
    agreementConfirmedBy:
      MAIN_ROAD.indexOf(state) >= MAIN_ROAD.indexOf('agreement_signed') ? ['township', 'village', 'household'] : [],
    history,
    createdAt: history[0]!.at,
    updatedAt: last.at,
    seq: seqOf(history[0]!.at, id),
  }
  return Application.parse({ ...base, ...derived, ...fields })
}

/** The notice the stage's approval posted, as the product writes it (masked, structured text only). */
export function aNotice(c: Application, stage: PublicityStage = 'village_review', overrides: Partial<PublicityNotice> = {}) {
  const entering = CaseStates.options.find((s) => publicityStageOf(CURRENT_TABLE, s) === stage)!
  const posted = c.history.find((h) => h.to === entering)?.on ?? c.history[0]!.on
  const notice = buildNotice({
    id: overrides._id ?? `notice-${c._id}-${stage}`,
    application: c,
    stage,
    today: posted,
    at: instantOf(posted),
    calendar,
    profile: LUOZHUANG_2020,
  })
  return PublicityNotice.parse({ ...notice, ...overrides })
}

/** Every notice a case's timeline posted. */
export function noticesOf(c: Application): PublicityNotice[] {
  return c.history.flatMap((h) => {
    const stage = publicityStageOf(CURRENT_TABLE, h.to)
    return stage ? [aNotice(c, stage)] : []
  })
}

/** A payment on an approved case, paid a few days after the county's approval. */
export function aPayment(c: Application, overrides: Partial<z.input<typeof Payment>> & { accountNo?: string } = {}) {
  const { accountNo = '6217000012345678', ...fields } = overrides
  const approval = c.history.find((h) => h.to === 'county_approved')
  if (!approval) throw new Error(`case ${c._id} (${c.state}) was never approved by the county; it cannot be paid`)
  const paidOn = fields.paidOn ?? calendar.addWorkingDays(approval.on, 2)
  const id = fields._id ?? `pay-${c._id}`
  return Payment.parse({
    _id: id,
    caseId: c._id,
    caseNo: c.caseNo,
    householdId: c.householdId,
    regionPath: c.regionPath,
    region: c.region,
    amountFen: 100_000,
    stage: 'start',
    fundingSource: 'local',
    payeeType: 'household',
    payeeAccountMasked: maskAccount(accountNo),
    disbursementId: null,
    paidOn,
    voucherNo: `PZ2026-${id.slice(-4).toUpperCase()}`,
    recordedBy: 'u-finance',
    createdAt: instantOf(paidOn),
    seq: seqOf(instantOf(paidOn), id),
    ...fields,
  })
}

export function aNotification(overrides: Partial<z.input<typeof Notification>> = {}) {
  const id = overrides._id ?? 'msg-1'
  const at = overrides.createdAt ?? instantOf('2026-11-20')
  return Notification.parse({
    _id: id,
    recipientId: 'u-farmer',
    kind: 'case_update',
    title: '申请进度更新',
    body: '您的申请：退回补正。意见：材料不全，请补充鉴定报告',
    fields: { state: '退回补正' },
    page: '/pages/messages/index',
    status: 'sent',
    attempts: 1,
    read: false,
    createdAt: at,
    seq: seqOf(at, id),
    sentAt: at,
    ...overrides,
  })
}
