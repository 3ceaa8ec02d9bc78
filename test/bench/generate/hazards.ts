import type { createCalendar } from '@shared/domain/calendar'
import { addCalendarDays } from '@shared/domain/dates'
import { verifyDeadline } from '@shared/domain/hazard'
import { hazardFixDeadline } from '@shared/domain/ledger'
import { regionRefOf } from '@shared/domain/jurisdiction'
import type { PolicyProfile } from '@shared/domain/policy-profile'
import {
  HAZARD_CATEGORY_LABEL,
  type HazardCategory,
  type HazardReport,
  type HazardStatus,
  type HazardStep,
} from '@shared/schemas/hazard'
import type { LedgerEntry, LedgerState } from '@shared/schemas/ledger'
import type { User } from '@shared/schemas/user'
import { ledgerEntryId } from '@shared/usecases/ledger/open-entry'
import { seqOf } from '@shared/usecases/paging'
import type { BulkWriter } from './bulk-writer'
import { BENCH_TODAY } from './manifest'
import { aPhone } from './people'
import type { Rng } from './random'
import type { VillagePlan } from './regions'

/** About one report from the public a year per 150 households, over the two years the channel has been open. */
const REPORTS_PER_HOUSEHOLD = 2 / 150
/** Problems found by the twice-yearly inspections and still on (or closed from) the ledger, per household. */
const INSPECTION_ENTRIES_PER_HOUSEHOLD = 0.01
const ANONYMOUS_SHARE = 0.4
const HIDDEN_SHARE = 0.03
/** Of the B-grade houses, those appraised (again) through the app, each of which opened a monitoring entry. */
const MONITORED_B_SHARE = 0.05

const STATUS_WEIGHTS: Record<HazardStatus, number> = {
  received: 8,
  verifying: 10,
  in_ledger: 22,
  resolved: 40,
  not_hazard: 14,
  duplicate: 6,
}
const CATEGORIES = Object.keys(HAZARD_CATEGORY_LABEL) as HazardCategory[]

/** A house of the village, as the ledger names it. */
export type VillageHouse = { houseId: string; householdId: string; grade: string }

export type HazardContext = {
  village: VillagePlan
  houses: readonly VillageHouse[]
  official: User
  /** The OPENIDs of the village's farmers, some of whom report; the rest come from WeChat users with no record. */
  reporters: readonly string[]
  rng: Rng
  writer: BulkWriter
  nextId: (prefix: string) => string
  profile: PolicyProfile
  calendar: ReturnType<typeof createCalendar>
}

const instantOf = (day: string, rng: Rng) => `${day}T0${rng.int(0, 9)}:${String(rng.int(10, 59))}:00.000Z`

/** How a report of this status got there, as the app records each step. */
function historyOf(status: HazardStatus, reportedAt: string, verifiedAt: string, official: User): HazardStep[] {
  const steps: HazardStep[] = [{ from: null, to: 'received', byRole: 'reporter', byName: '', reason: '', at: reportedAt }]
  if (status === 'received') return steps
  steps.push({
    from: 'received',
    to: 'verifying',
    byRole: 'official',
    byName: official.name,
    reason: '已安排上门核实',
    at: verifiedAt,
  })
  if (status === 'verifying') return steps
  const to = status === 'resolved' ? 'in_ledger' : status
  const reason =
    to === 'in_ledger' ? '核实属实，列入台账整改' : to === 'duplicate' ? '与同户已有反映重复' : '上门核实，房屋结构安全'
  steps.push({ from: 'verifying', to, byRole: 'official', byName: official.name, reason, at: verifiedAt })
  if (status === 'resolved') {
    steps.push({
      from: 'in_ledger',
      to: 'resolved',
      byRole: 'official',
      byName: official.name,
      reason: '已整改销号',
      at: verifiedAt,
    })
  }
  return steps
}

function ledgerStateOf(status: HazardStatus, rng: Rng): LedgerState {
  if (status === 'resolved') return 'closed'
  return rng.chance(0.3) ? 'closing' : 'open'
}

function entryOf(
  ctx: HazardContext,
  args: { source: LedgerEntry['source']; kind: LedgerEntry['kind']; house: VillageHouse | null; problem: string },
  openedOn: string,
  state: LedgerState,
): LedgerEntry {
  const { village, official, rng, nextId } = ctx
  const id = ledgerEntryId(args.source)
  const at = instantOf(openedOn, rng)
  const deadline = args.kind === 'hazard' ? hazardFixDeadline(openedOn) : addCalendarDays(openedOn, 180)
  const fixedOn = addCalendarDays(openedOn, rng.int(3, 25))
  const closure =
    state === 'open'
      ? null
      : { measure: '已加固墙体并更换屋面', photoIds: [nextId('p')], byId: official._id, byName: official.name, on: fixedOn }
  return {
    _id: id,
    regionPath: village.path,
    region: regionRefOf(village.path),
    villageName: village.name,
    houseId: args.house?.houseId ?? null,
    householdId: args.house?.householdId ?? null,
    source: args.source,
    kind: args.kind,
    problem: args.problem,
    ownerId: official._id,
    ownerName: official.name,
    deadline,
    state,
    closure,
    // The township's second official confirms the close (销号).
    confirmation:
      state === 'closed'
        ? { byId: `township_${village.townshipPath.replace(/\./g, '_')}`, byName: '乡镇复核', on: fixedOn }
        : null,
    reopenings: [],
    location: null,
    caseId: null,
    openedOn,
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
  }
}

function reportOf(ctx: HazardContext, status: HazardStatus): HazardReport {
  const { village, houses, official, reporters, rng, nextId, profile, calendar } = ctx
  const id = nextId('z')
  const reportedOn = addCalendarDays(BENCH_TODAY, -rng.int(0, 700))
  const at = instantOf(reportedOn, rng)
  const verifiedAt = instantOf(addCalendarDays(reportedOn, rng.int(1, 2)), rng)
  const anonymous = rng.chance(ANONYMOUS_SHARE)
  const reporterId = reporters.length > 0 && rng.chance(0.5) ? rng.pick(reporters) : `wx_${id}`
  const house = houses.length > 0 && status !== 'received' ? rng.pick(houses) : null
  const category = rng.pick(CATEGORIES)
  const located = rng.chance(0.6)
  return {
    _id: id,
    reportNo: `YH${reportedOn.replaceAll('-', '')}-${id.slice(-6).toUpperCase()}`,
    regionPath: village.path,
    region: regionRefOf(village.path),
    villageName: village.name,
    category,
    description: `${village.name}有一户${HAZARD_CATEGORY_LABEL[category]}，下雨天很危险，请尽快来看看`,
    photoIds: Array.from({ length: rng.int(1, 4) }, () => nextId('p')),
    location: {
      source: located ? 'device' : 'village',
      lat: located ? 35 + rng.next() : null,
      lng: located ? 117 + rng.next() : null,
    },
    houseId: house?.houseId ?? null,
    anonymous,
    contactPhone: !anonymous && rng.chance(0.5) ? aPhone(rng) : null,
    reporterId,
    reporterName: anonymous ? null : '村民',
    status,
    duplicateOf: null,
    ledgerEntryId: status === 'in_ledger' || status === 'resolved' ? ledgerEntryId({ kind: 'hazard_report', id }) : null,
    moderation: { hidden: rng.chance(HIDDEN_SHARE), redactedText: null, droppedPhotoIds: [], blurredPhotoIds: [] },
    reportedOn,
    verifyBy: verifyDeadline(calendar, reportedOn, profile.hazardVerifyWorkingDays),
    confirmedOn: status === 'resolved' && rng.chance(0.6) ? addCalendarDays(reportedOn, rng.int(10, 40)) : null,
    history: historyOf(status, at, verifiedAt, official),
    createdAt: at,
    updatedAt: status === 'received' ? at : verifiedAt,
    seq: seqOf(at, id),
  }
}

/**
 * A village's public reports and its ledger, written as the app writes them: a verified report puts its house on the
 * ledger (closed once resolved), inspections add entries of their own, and B-grade houses appraised in the app are
 * under monitoring.
 * Counts follow the village's size; the numbers drawn come from the village's own stream, so the rest of the dataset
 * stays what it was before hazards were generated.
 */
export function writeVillageHazards(ctx: HazardContext): { reports: number; entries: number } {
  const { village, houses, rng, writer } = ctx
  let entries = 0
  const put = (e: LedgerEntry) => {
    writer.put('ledger_entries', e)
    entries++
  }
  const reports = rng.int(0, Math.round(2 * village.households * REPORTS_PER_HOUSEHOLD))
  for (let i = 0; i < reports; i++) {
    const status = rng.weighted(STATUS_WEIGHTS)
    const report = reportOf(ctx, status)
    writer.put('hazard_reports', report)
    if (report.ledgerEntryId) {
      const house = houses.find((h) => h.houseId === report.houseId) ?? null
      const openedOn = report.history[2]!.at.slice(0, 10)
      put(
        entryOf(
          ctx,
          { source: { kind: 'hazard_report', id: report._id }, kind: 'hazard', house, problem: report.description },
          openedOn,
          ledgerStateOf(status, rng),
        ),
      )
    }
  }
  const found = rng.int(0, Math.round(2 * village.households * INSPECTION_ENTRIES_PER_HOUSEHOLD))
  for (let i = 0; i < found && houses.length > 0; i++) {
    const house = rng.pick(houses)
    const openedOn = addCalendarDays(BENCH_TODAY, -rng.int(0, 400))
    const state = rng.weighted({ open: 3, closing: 1, closed: 6 })
    const source = { kind: 'inspection' as const, id: ctx.nextId('q') }
    put(entryOf(ctx, { source, kind: 'hazard', house, problem: '排查发现：墙体裂缝，屋面渗漏' }, openedOn, state))
  }
  // The houses' grades were given before the app; the B houses appraised through it since are under monitoring.
  for (const house of houses.filter((h) => h.grade === 'B' && rng.chance(MONITORED_B_SHARE))) {
    const openedOn = addCalendarDays(BENCH_TODAY, -rng.int(0, 700))
    const source = { kind: 'appraisal' as const, id: `grade_${house.houseId}` }
    put(entryOf(ctx, { source, kind: 'monitoring', house, problem: 'B级房屋，动态监测' }, openedOn, 'open'))
  }
  return { reports, entries }
}
