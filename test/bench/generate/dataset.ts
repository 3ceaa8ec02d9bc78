import { statSync } from 'node:fs'
import { createCalendar } from '@shared/domain/calendar'
import { firstVersionOf } from '@shared/usecases/profiles'
import { LUOZHUANG_2020, type PolicyProfile } from '@shared/domain/policy-profile'
import { CaseState } from '@shared/schemas/application'
import type { User } from '@shared/schemas/user'
import { sessionKindOf } from '@shared/domain/session-rules'
import { sessionRecord } from '@shared/usecases/auth/sessions'
import { COLLECTION_NAMES } from '@shared/usecases/collections'
import { INDEXES } from '@shared/store/collections'
import { openBulkWriter } from './bulk-writer'
import { type VillageHouse, writeVillageHazards } from './hazards'
import { writeHousehold } from './household'
import type { Actors } from './lifecycle'
import { BENCH_TODAY, DEFAULT_SEED, type Login, type Manifest } from './manifest'
import { aName } from './people'
import { createRng, createSample, type Rng } from './random'
import { planRegions } from './regions'

/** Third-party appraisal firms working for each county: orders are shared among them. */
const APPRAISERS_PER_COUNTY = 3

const pad = (n: number) => String(n).padStart(7, '0')
const idPart = (path: string) => path.replace(/\./g, '_')

function anOfficial(role: User['role'], regionPath: string, rng: Rng): User {
  return { _id: `${role}_${idPart(regionPath)}`, name: aName(rng), role, regionPath }
}

/**
 * Generates `households` households (with houses, users, cases in every state, publicity notices, objections,
 * payments and messages) into a fresh SQLite file the local server opens as is. The same seed gives the same file.
 * Appraisal orders: open for part of the cases before county approval, recorded for the cases past it. Each village
 * has the public's hazard reports and its work ledger (test/bench/generate/hazards.ts).
 */
export function generateDataset(args: {
  households: number
  file: string
  seed?: number
  samples?: number
  /** When the callers' sessions were opened: now for a run, fixed where a test compares two files. */
  sessionsOpenedAt?: Date
}): Manifest {
  const started = Date.now()
  const opened = args.sessionsOpenedAt ?? new Date()
  const seed = args.seed ?? DEFAULT_SEED
  const samples = args.samples ?? 20_000
  const root = createRng(seed)
  const rng = root.fork('data')
  const sampling = root.fork('samples')
  const profile: PolicyProfile = LUOZHUANG_2020
  const calendar = createCalendar()
  const writer = openBulkWriter(args.file, INDEXES, COLLECTION_NAMES)
  const { regions, villages } = planRegions(args.households, root.fork('regions'))
  for (const region of regions) writer.put('regions', region)
  // Each county runs the district profile, stored as the product stores it (use cases read profiles from the store).
  for (const region of regions.filter((r) => r.level === 'county')) {
    writer.put('profiles', firstVersionOf(region._id, profile, opened.toISOString()))
  }

  const counters: Record<string, number> = {}
  const nextId = (prefix: string) => {
    counters[prefix] = (counters[prefix] ?? 0) + 1
    return `${prefix}${pad(counters[prefix])}`
  }
  const login = (user: User): Login => {
    const token = `bench-${user._id}`
    writer.put('sessions', sessionRecord(token, user._id, sessionKindOf(user.role), opened))
    return { token, openid: user._id, regionPath: user.regionPath }
  }

  const casesByState = Object.fromEntries(CaseState.options.map((s) => [s, 0])) as Record<CaseState, number>
  const officials: Manifest['officials'] = { village: [], township: [], county: [], finance: [], appraiser: [] }
  const appraisersOf = new Map<string, User[]>()
  const details = createSample<Manifest['details'][number]>(Math.min(samples, 5_000), sampling)
  const payees = createSample<Login>(Math.min(samples, 5_000), sampling)
  const applicants = createSample<Manifest['applicants'][number]>(samples, sampling)
  const approvals = createSample<Manifest['approvals'][number]>(samples, sampling)
  const higher = new Map<string, Omit<Actors, 'farmer' | 'village'>>()
  const objectionRng = root.fork('objections')
  const hazardRng = root.fork('hazards')
  /** Villages with public reports, each with its official: the public list and the ledger are read there. */
  const hazardVillages: Manifest['hazardVillages'] = []

  for (const village of villages) {
    let above = higher.get(village.townshipPath)
    if (!above) {
      const prior = [...higher.values()].find((a) => a.county.regionPath === village.countyPath)
      const county = prior?.county ?? anOfficial('county', village.countyPath, rng)
      const finance = prior?.finance ?? anOfficial('finance', village.countyPath, rng)
      if (!prior) {
        const appraisers = Array.from({ length: APPRAISERS_PER_COUNTY }, (_, k) => ({
          ...anOfficial('appraiser', village.countyPath, rng),
          _id: `appraiser_${idPart(village.countyPath)}_${k + 1}`,
        }))
        appraisersOf.set(village.countyPath, appraisers)
        for (const [user, list] of [
          [county, officials.county],
          [finance, officials.finance],
          ...appraisers.map((a) => [a, officials.appraiser] as const),
        ] as const) {
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

    const houses: VillageHouse[] = []
    const reporters: string[] = []
    for (let i = 0; i < village.households; i++) {
      const written = writeHousehold({
        village,
        rng,
        writer,
        nextId,
        profile,
        calendar,
        actors: { ...above, village: official },
        appraisers: appraisersOf.get(village.countyPath)!,
        login,
        villageLogin,
        casesByState,
        details,
        payees,
        applicants,
        approvals,
        objectionRng,
      })
      houses.push(written.house)
      if (written.farmerId) reporters.push(written.farmerId)
    }
    const hazards = writeVillageHazards({
      village,
      houses,
      official,
      reporters,
      rng: hazardRng,
      writer,
      nextId,
      profile,
      calendar,
    })
    if (hazards.reports > 0 && hazardVillages.length < 500) hazardVillages.push({ path: village.path, token: villageLogin.token })
  }
  const visitors = Array.from({ length: 50 }, (_, i) => {
    const token = `bench-visitor-${pad(i)}`
    writer.put('sessions', sessionRecord(token, `visitor_${pad(i)}`, 'visitor', opened))
    return token
  })
  writer.finish()

  const boardRegions = [
    ...regions.filter((r) => r.level !== 'village').map((r) => r._id),
    ...villages.slice(0, 500).map((v) => v.path),
  ]
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
    hazardVillages,
  }
}
