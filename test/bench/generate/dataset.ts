import { statSync } from 'node:fs'
import { createCalendar } from '@shared/domain/calendar'
import { regionRefOf } from '@shared/domain/jurisdiction'
import { LUOZHUANG_2020, type PolicyProfile } from '@shared/domain/policy-profile'
import { CLOSED_STATES } from '@shared/domain/workflow'
import type { CaseState, Mode } from '@shared/schemas/application'
import type { Household, TargetGroup } from '@shared/schemas/household'
import type { Grade, House } from '@shared/schemas/house'
import type { User } from '@shared/schemas/user'
import { addCalendarDays } from '@shared/domain/dates'
import { COLLECTION_NAMES } from '@shared/usecases/collections'
import { INDEXES } from '../../../cloudfunctions/_lib/db/indexes'
import { openBulkWriter, type BulkWriter } from './bulk-writer'
import { buildLifecycle, modeFor, targetGroupFor, type Actors } from './lifecycle'
import { aName, aPhone, anAccount, membersOf } from './people'
import { createRng, createSample, type Rng } from './random'
import { planRegions, type VillagePlan } from './regions'

/** The legal date the generated county stands on, and the date the benchmark server is pinned to. */
export const BENCH_TODAY = '2026-11-23'
export const DEFAULT_SEED = 20261123

/** Of all households, the share with a case in any state: the programme has run for years. */
const CASE_SHARE = 0.12
/** Households whose only house is C or D and who belong to a target group, but have not applied yet. */
const WAITING_SHARE = 0.02
/** Households where somebody uses the mini-program. */
const FARMER_USER_SHARE = 0.6

const STATE_WEIGHTS: Record<CaseState, number> = {
  archived: 50,
  settled: 5,
  accepted: 3,
  under_construction: 6,
  agreement_signed: 3,
  county_approved: 3,
  township_approved: 3,
  village_approved: 3,
  submitted: 8,
  returned: 2,
  rejected: 10,
  withdrawn: 4,
}

const ALL_STATES = Object.keys(STATE_WEIGHTS) as CaseState[]

/** A bearer token the local server maps to the official's or farmer's OPENID. */
export type Login = { token: string; openid: string; regionPath: string }

/** What the load tests need to know about the data: who may call, and on what. */
export type Manifest = {
  households: number
  seed: number
  today: string
  counts: Record<string, number>
  casesByState: Record<CaseState, number>
  generateMs: number
  fileBytes: number
  officials: { village: Login[]; township: Login[]; county: Login[]; finance: Login[] }
  /** A case and an official of its village who may open it. */
  details: Array<{ token: string; caseId: string }>
  /** Farmers whose households have been paid. */
  payees: Login[]
  /** Farmers who may apply now: an eligible household with no case yet. */
  applicants: Array<{ token: string; houseId: string; targetGroup: TargetGroup; mode: Mode }>
  /** Cases waiting for the village's review, each with an official of that village. */
  approvals: Array<{ token: string; caseId: string }>
  boardRegions: string[]
  /** WeChat users with no record: the public reading the board. */
  visitors: string[]
}

const pad = (n: number) => String(n).padStart(7, '0')
const idPart = (path: string) => path.replace(/\./g, '_')

function anOfficial(role: User['role'], regionPath: string, rng: Rng): User {
  return { _id: `${role}_${idPart(regionPath)}`, name: aName(rng), role, regionPath }
}

function startDateFor(state: CaseState, rng: Rng): string {
  if (state === 'archived' || state === 'rejected' || state === 'withdrawn') return addCalendarDays('2020-03-02', rng.int(0, 5 * 365))
  if (state === 'settled' || state === 'accepted') return addCalendarDays('2025-01-06', rng.int(0, 420))
  return addCalendarDays(BENCH_TODAY, -rng.int(5, 160))
}

/**
 * Generates `households` households (with houses, users, cases in every state, publicity notices, payments
 * and messages) into a fresh SQLite file the local server opens as is. The same seed gives the same file.
 * Hazard reports and the inspection ledger are not generated: those capabilities have not landed yet.
 */
export function generateDataset(args: { households: number; file: string; seed?: number; samples?: number }): Manifest {
  const started = Date.now()
  const seed = args.seed ?? DEFAULT_SEED
  const samples = args.samples ?? 20_000
  const root = createRng(seed)
  const rng = root.fork('data')
  const sampling = root.fork('samples')
  const profile: PolicyProfile = LUOZHUANG_2020
  const calendar = createCalendar()
  const writer = openBulkWriter(args.file, INDEXES, [...COLLECTION_NAMES, 'sessions'])
  const { regions, villages } = planRegions(args.households, root.fork('regions'))
  for (const region of regions) writer.put('regions', region)

  const counters: Record<string, number> = {}
  const nextId = (prefix: string) => `${prefix}${pad((counters[prefix] = (counters[prefix] ?? 0) + 1))}`
  const login = (user: User): Login => {
    const token = `bench-${user._id}`
    writer.put('sessions', { _id: token, openid: user._id, createdAt: `${BENCH_TODAY}T00:00:00.000Z` })
    return { token, openid: user._id, regionPath: user.regionPath }
  }

  const casesByState = Object.fromEntries(Object.keys(STATE_WEIGHTS).map((s) => [s, 0])) as Record<CaseState, number>
  const officials: Manifest['officials'] = { village: [], township: [], county: [], finance: [] }
  const details = createSample<Manifest['details'][number]>(Math.min(samples, 5_000), sampling)
  const payees = createSample<Login>(Math.min(samples, 5_000), sampling)
  const applicants = createSample<Manifest['applicants'][number]>(samples, sampling)
  const approvals = createSample<Manifest['approvals'][number]>(samples, sampling)
  const higher = new Map<string, Omit<Actors, 'farmer' | 'village'>>()

  for (const village of villages) {
    let above = higher.get(village.townshipPath)
    if (!above) {
      const prior = [...higher.values()].find((a) => a.county.regionPath === village.countyPath)
      const county = prior?.county ?? anOfficial('county', village.countyPath, rng)
      const finance = prior?.finance ?? anOfficial('finance', village.countyPath, rng)
      if (!prior) {
        for (const [user, list] of [[county, officials.county], [finance, officials.finance]] as const) {
          writer.put('users', user)
          list.push(login(user))
        }
      }
      above = { township: anOfficial('township', village.townshipPath, rng), county, finance }
      writer.put('users', above.township)
      officials.township.push(login(above.township))
      higher.set(village.townshipPath, above)
    }
    const official = anOfficial('village', village.path, rng)
    writer.put('users', official)
    const villageLogin = login(official)
    officials.village.push(villageLogin)

    for (let i = 0; i < village.households; i++) {
      writeHousehold({ village, rng, writer, nextId, profile, calendar, actors: { ...above, village: official }, login, villageLogin, casesByState, details, payees, applicants, approvals })
    }
  }
  const visitors = Array.from({ length: 50 }, (_, i) => {
    const token = `bench-visitor-${pad(i)}`
    writer.put('sessions', { _id: token, openid: `visitor_${pad(i)}`, createdAt: `${BENCH_TODAY}T00:00:00.000Z` })
    return token
  })
  writer.finish()

  const boardRegions = [...regions.filter((r) => r.level !== 'village').map((r) => r._id), ...villages.slice(0, 500).map((v) => v.path)]
  return {
    households: args.households,
    seed,
    today: BENCH_TODAY,
    counts: { ...writer.counts },
    casesByState,
    generateMs: Date.now() - started,
    fileBytes: statSync(args.file).size,
    officials,
    details: details.items,
    payees: payees.items,
    applicants: applicants.items,
    approvals: approvals.items,
    boardRegions,
    visitors,
  }
}

type HouseholdContext = {
  village: VillagePlan
  rng: Rng
  writer: BulkWriter
  nextId: (prefix: string) => string
  profile: PolicyProfile
  calendar: ReturnType<typeof createCalendar>
  actors: Omit<Actors, 'farmer'>
  login: (user: User) => Login
  villageLogin: Login
  casesByState: Record<CaseState, number>
  details: ReturnType<typeof createSample<Manifest['details'][number]>>
  payees: ReturnType<typeof createSample<Login>>
  applicants: ReturnType<typeof createSample<Manifest['applicants'][number]>>
  approvals: ReturnType<typeof createSample<Manifest['approvals'][number]>>
}

function writeHousehold(ctx: HouseholdContext): void {
  const { village, rng, writer, nextId, profile } = ctx
  const roll = rng.next()
  const withCase = roll < CASE_SHARE
  const waiting = !withCase && roll < CASE_SHARE + WAITING_SHARE
  const needy = withCase || waiting
  const area = village.countyPath
  const headName = aName(rng)
  const householdId = nextId('h')
  const houseId = nextId('o')
  const targetGroups: TargetGroup[] = needy
    ? [rng.pick(profile.targetGroups)]
    : rng.chance(0.1)
      ? [rng.pick(['at_risk', 'severe_hardship', 'allowance_marginal', 'other_poverty_alleviated', ...profile.targetGroups] as const)]
      : []
  const household: Household = {
    _id: householdId,
    regionPath: village.path,
    region: regionRefOf(village.path),
    headName,
    phone: rng.chance(0.8) ? aPhone(rng) : undefined,
    members: membersOf(rng, area, headName),
    targetGroups,
    account: needy || rng.chance(0.5) ? anAccount(rng, headName) : undefined,
    receivedHigherLevelSubsidy: rng.chance(0.05),
    houseIds: [houseId],
    activeCaseId: null,
  }
  const grade: Grade = needy ? (rng.chance(0.65) ? 'C' : 'D') : rng.weighted({ A: 55, B: 40, C: 4, D: 1 })
  const house: House = {
    _id: houseId,
    householdId,
    regionPath: village.path,
    region: household.region,
    address: `${village.name}${rng.int(1, 300)}号`,
    structure: rng.pick(['brick', 'brick', 'adobe', 'stone', 'wood', 'concrete'] as const),
    builtYear: rng.int(1960, 2015),
    floorAreaM2: rng.int(40, 160),
    grades: [{ grade, on: addCalendarDays('2019-04-01', rng.int(0, 2000)), by: '第三方鉴定机构' }],
    inspections: [],
    renovations: [],
  }
  const farmer: User | null =
    waiting || rng.chance(FARMER_USER_SHARE)
      ? { _id: `farmer_${householdId}`, name: headName, role: 'farmer', regionPath: village.path, householdId }
      : null
  const farmerLogin = farmer && (waiting || withCase) ? ctx.login(farmer) : null

  if (withCase) {
    // Until every state has occurred, the next case takes a missing one, so even a small dataset has them all.
    const missing = ALL_STATES.find((s) => ctx.casesByState[s] === 0)
    const state = missing ?? rng.weighted(STATE_WEIGHTS)
    const caseId = nextId('c')
    const life = buildLifecycle({
      id: caseId,
      state: state === 'withdrawn' && !farmer ? 'rejected' : state,
      startOn: startDateFor(state, rng),
      today: BENCH_TODAY,
      household,
      house,
      villageName: village.name,
      actors: { ...ctx.actors, farmer },
      profile,
      calendar: ctx.calendar,
      rng,
      nextId,
    })
    const c = life.application
    ctx.casesByState[c.state]++
    if (!CLOSED_STATES.includes(c.state)) household.activeCaseId = caseId
    if (c.state === 'archived') {
      const done = c.history.at(-1)!.on
      house.grades.push({ grade: c.mode === 'repair' ? 'B' : 'A', on: done, by: '第三方鉴定机构' })
      house.renovations.push({ caseId, mode: c.mode, completedOn: done })
    }
    writer.put('cases', c)
    for (const n of life.notices) writer.put('notices', n)
    for (const p of life.payments) writer.put('payments', p)
    for (const m of life.messages) writer.put('notifications', m)
    ctx.details.offer({ token: ctx.villageLogin.token, caseId })
    if (c.state === 'submitted') ctx.approvals.offer({ token: ctx.villageLogin.token, caseId })
    if (farmerLogin && life.payments.length > 0) ctx.payees.offer(farmerLogin)
  } else if (waiting && farmerLogin) {
    ctx.applicants.offer({ token: farmerLogin.token, houseId, targetGroup: targetGroupFor(household, profile, rng), mode: modeFor(house, rng) })
  }
  if (farmer) writer.put('users', farmer)
  writer.put('households', household)
  writer.put('houses', house)
}
