import { liveCalendar } from '../../cloudfunctions/_lib/composition/live-calendar'
import type { DocumentStore } from '@shared/ports/document-store'
import type { Region } from '@shared/schemas/region'
import { COLLECTION_NAMES, col, withoutId } from '@shared/usecases/collections'
import type { Deps } from '@shared/usecases/deps'
import { checkedStore } from '@shared/store/checked-store'
import { newId } from '../../cloudfunctions/_lib/adapters/ids'
import { openSqliteStore } from '../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'
import { INDEXES } from '@shared/store/collections'
import { createMovableClock } from '../../cloudfunctions/_local/movable-clock'
import { aHouseGraded } from './house.factory'
import { aHousehold, aHouseholdOfSize, aPerson, anIdNumber, membersOf } from './household.factory'
import { type SchemeName, SCHEMES, seedCountyProfile } from '@shared/usecases/profiles'
import { indexMembers } from '@shared/usecases/member-index'
import { memoryFiles } from './memory-files.factory'
import { aUser } from './user.factory'

/**
 * A small county for function tests: two townships; in the first, two villages.
 *   371311            county      — county official, finance
 *   371311.101        township A  — township official A
 *   371311.101.201    village A1  — village official A1, farmer (hh-1: C-grade house, 3 persons)
 *   371311.101.202    village A2  — village official A2, farmer2 (hh-2: D-grade house, 5 persons)
 *   371311.102.201    village B1  — (township official B), household hh-3 with no user (applied for by the village)
 */
export const PATHS = {
  county: '371311',
  townshipA: '371311.101',
  villageA1: '371311.101.201',
  villageA2: '371311.101.202',
  townshipB: '371311.102',
  villageB1: '371311.102.201',
} as const

export const USERS = {
  farmer: aUser({ _id: 'u-farmer', name: '张三', role: 'farmer', regionPath: PATHS.villageA1, householdId: 'hh-1' }),
  farmer2: aUser({ _id: 'u-farmer2', name: '王五', role: 'farmer', regionPath: PATHS.villageA2, householdId: 'hh-2' }),
  villageA1: aUser({ _id: 'u-village-a1', name: '刘村', role: 'village', regionPath: PATHS.villageA1, householdId: undefined }),
  villageA2: aUser({ _id: 'u-village-a2', name: '陈村', role: 'village', regionPath: PATHS.villageA2, householdId: undefined }),
  villageB1: aUser({ _id: 'u-village-b1', name: '赵村', role: 'village', regionPath: PATHS.villageB1, householdId: undefined }),
  townshipA: aUser({ _id: 'u-township-a', name: '周镇', role: 'township', regionPath: PATHS.townshipA, householdId: undefined }),
  townshipB: aUser({ _id: 'u-township-b', name: '吴镇', role: 'township', regionPath: PATHS.townshipB, householdId: undefined }),
  county: aUser({ _id: 'u-county', name: '郑县', role: 'county', regionPath: PATHS.county, householdId: undefined }),
  finance: aUser({ _id: 'u-finance', name: '冯财', role: 'finance', regionPath: PATHS.county, householdId: undefined }),
  appraiser: aUser({ _id: 'u-appraiser', name: '韩工', role: 'appraiser', regionPath: PATHS.county, householdId: undefined }),
  admin: aUser({ _id: 'u-admin', name: '孟管', role: 'admin', regionPath: PATHS.county, householdId: undefined }),
} as const

const REGIONS: Region[] = [
  { _id: PATHS.county, name: '罗庄区', level: 'county', parent: null },
  { _id: PATHS.townshipA, name: '甲镇', level: 'township', parent: PATHS.county },
  { _id: PATHS.villageA1, name: '甲一村', level: 'village', parent: PATHS.townshipA },
  { _id: PATHS.villageA2, name: '甲二村', level: 'village', parent: PATHS.townshipA },
  { _id: PATHS.townshipB, name: '乙镇', level: 'township', parent: PATHS.county },
  { _id: PATHS.villageB1, name: '乙一村', level: 'village', parent: PATHS.townshipB },
]

export type World = { store: DocumentStore; deps: Deps; clock: ReturnType<typeof createMovableClock>; close(): void }

export type WorldOptions = {
  /** The scheme the county runs (its profile version 1): the district scheme unless a test runs both. */
  scheme?: SchemeName
}

/** An in-memory store holding the county above, with a clock set to a plain working Monday. */
export async function aWorld(today = '2026-11-23', options: WorldOptions = {}): Promise<World> {
  const store = openSqliteStore({ file: ':memory:', indexes: INDEXES })
  const clock = createMovableClock()
  clock.moveTo(today)
  // The calendar as production keeps it: the package's years plus what the county entered, re-read as it changes.
  const live = await liveCalendar(store, clock)
  const deps: Deps = {
    store: checkedStore(store),
    files: memoryFiles(),
    clock,
    calendar: live.calendar,
    newId,
    reloadCalendar: live.reload,
  }
  const households = [
    aHouseholdOfSize(3, { _id: 'hh-1', regionPath: PATHS.villageA1, headName: '张三', houseIds: ['house-1'] }),
    aHouseholdOfSize(5, {
      _id: 'hh-2',
      // Persons of their own: one ID number in two households is a flag (issue 9), not a default of the world.
      members: membersOf(5, 11),
      regionPath: PATHS.villageA2,
      headName: '王五',
      houseIds: ['house-2'],
      targetGroups: ['poor_registered'],
      account: { bank: '农商行', accountNo: '6217000099998888', holder: '王五' },
      receivedHigherLevelSubsidy: true,
    }),
    aHousehold({
      _id: 'hh-3',
      regionPath: PATHS.villageB1,
      headName: '马六',
      members: [aPerson({ name: '马六', idNumber: anIdNumber(21) })],
      houseIds: ['house-3'],
      targetGroups: ['poor_disabled'],
    }),
  ]
  const houses = [
    aHouseGraded('C', { _id: 'house-1', householdId: 'hh-1', regionPath: PATHS.villageA1, floorAreaM2: 70 }),
    aHouseGraded('D', { _id: 'house-2', householdId: 'hh-2', regionPath: PATHS.villageA2, floorAreaM2: 120 }),
    aHouseGraded('D', { _id: 'house-3', householdId: 'hh-3', regionPath: PATHS.villageB1, floorAreaM2: 50 }),
  ]
  for (const r of REGIONS) await col(store, 'regions').doc(r._id).set(withoutId(r))
  for (const h of households) await col(store, 'households').doc(h._id).set(withoutId(h))
  for (const h of houses) await col(store, 'houses').doc(h._id).set(withoutId(h))
  for (const u of Object.values(USERS)) await col(store, 'users').doc(u._id).set(withoutId(u))
  await seedCountyProfile(store, PATHS.county, SCHEMES[options.scheme ?? 'district'], clock.now().toISOString())
  await indexMembers(store, households)
  return { store, deps, clock, close: () => store.close() }
}

/** Every record of every collection but the try counters, to prove a refused call changed nothing. */
export async function snapshot(store: DocumentStore): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  // Failed sign-in and bind tries are counted on purpose (rate limits), so `attempts` may grow on a refusal.
  for (const name of COLLECTION_NAMES.filter((n) => n !== 'attempts')) {
    out[name] = await col(store, name).orderBy('_id', 'asc').limit(1000).get()
  }
  return out
}
