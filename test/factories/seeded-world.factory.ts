import { aUser } from './user.factory'
import type { User } from '@shared/schemas/user'
import { aStoredFile } from './upload.factory'
import { CLOSED_STATES, PAYABLE_STATES } from '@shared/domain/workflow/states'
import { regionRefOf } from '@shared/domain/jurisdiction'
import { type Application, CaseState } from '@shared/schemas/application'
import type { Household } from '@shared/schemas/household'
import type { House } from '@shared/schemas/house'
import type { Notification } from '@shared/schemas/notification'
import type { Payment } from '@shared/schemas/payment'
import type { PublicityNotice } from '@shared/schemas/publicity'
import type { Region } from '@shared/schemas/region'
import { col, withoutId } from '@shared/usecases/collections'
import { indexMembers } from '@shared/usecases/member-index'
import { SCHEMES, seedCountyProfile } from '@shared/usecases/profiles'
import { aCase, aNotification, aPayment, noticesOf } from './case.factory'
import { aHouseGraded } from './house.factory'
import { aHousehold, aPerson, anIdNumber } from './household.factory'
import { aWorld, PATHS, USERS, type World } from './world.factory'

/**
 * The county of world.factory.ts with a case in every state in village A1 (township A) and village B1
 * (township B), and in a village of a neighbouring county so that county-level callers have an outside
 * too. Each case has its own household (one live case per household), its notices and, once approved,
 * a payment. The farmer's household hh-1 has an archived case (paid, publicised) and a returned one.
 * Every person has a distinct name, ID, phone and account, so a leak is traceable to its owner.
 */
export const NEIGHBOUR = { county: '371312', township: '371312.101', village: '371312.101.201' } as const

export const SEEDED_VILLAGES = { a1: PATHS.villageA1, b1: PATHS.villageB1, c1: NEIGHBOUR.village } as const
export type VillageTag = keyof typeof SEEDED_VILLAGES

const VILLAGE_NAMES: Record<VillageTag, string> = { a1: '甲一村', b1: '乙一村', c1: '丙一村' }

/** A village official of each seeded village (the neighbour county's too), for actions that name a user. */
export const VILLAGE_OFFICIALS: Record<VillageTag, User> = {
  a1: USERS.villageA1,
  b1: USERS.villageB1,
  c1: aUser({ _id: 'u-village-c1', name: '丙村', role: 'village', regionPath: NEIGHBOUR.village, householdId: undefined }),
}

const NEIGHBOUR_REGIONS: Region[] = [
  { _id: NEIGHBOUR.county, name: '兰山区', level: 'county', parent: null },
  { _id: NEIGHBOUR.township, name: '丙镇', level: 'township', parent: NEIGHBOUR.county },
  { _id: NEIGHBOUR.village, name: '丙一村', level: 'village', parent: NEIGHBOUR.township },
]

const SURNAMES = [...'赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜']
const GIVEN = ['建华', '秀兰', '志强', '桂芳', '德明', '玉珍']

/** Three-character names, all different, none a part of another. */
function nameOf(n: number): string {
  return SURNAMES[Math.floor(n / GIVEN.length) % SURNAMES.length]! + GIVEN[n % GIVEN.length]!
}

export type Seeded = {
  households: Household[]
  houses: House[]
  cases: Application[]
  notices: PublicityNotice[]
  payments: Payment[]
  notifications: Notification[]
}

export type SeededWorld = World & {
  seeded: Seeded
  /** A photo in storage that nobody registered yet (the mini-program's upload before `user.registerUpload`). */
  photoFileId: string
  /** The case in `state` of a village. */
  caseIn(village: VillageTag, state: CaseState): Application
  householdOf(c: Application): Household
}

function householdWith(counter: { people: number }, id: string, regionPath: string, size: number, houseIds: string[]) {
  const n = counter.people
  counter.people += size
  const members = Array.from({ length: size }, (_, i) =>
    aPerson({ name: nameOf(n + i), idNumber: anIdNumber(n + i + 100), relation: i === 0 ? 'head' : 'child' }),
  )
  const serial = String(n).padStart(4, '0')
  return aHousehold({
    _id: id,
    regionPath,
    region: regionRefOf(regionPath),
    headName: members[0]!.name,
    phone: `1390000${serial}`,
    members,
    account: { bank: '农村商业银行', accountNo: `62170000${serial}9999`, holder: members[0]!.name },
    houseIds,
  })
}

function seedData(): Seeded {
  const counter = { people: 0 }
  const out: Seeded = { households: [], houses: [], cases: [], notices: [], payments: [], notifications: [] }
  const addCase = (c: Application, accountNo?: string) => {
    const payments = PAID_STATES.includes(c.state) ? [aPayment(c, accountNo ? { accountNo } : {})] : []
    const paid = { ...c, paidFen: payments.reduce((sum, p) => sum + p.amountFen, 0) }
    out.cases.push(paid)
    out.notices.push(...noticesOf(paid))
    out.payments.push(...payments)
    return paid
  }

  for (const [tag, path] of Object.entries(SEEDED_VILLAGES) as Array<[VillageTag, string]>) {
    for (const state of CaseState.options) {
      const household = householdWith(counter, `hh-${tag}-${state}`, path, 3, [`house-${tag}-${state}`])
      const house = aHouseGraded('D', { _id: `house-${tag}-${state}`, householdId: household._id, regionPath: path })
      const c = addCase(
        aCase(state, {
          _id: `case-${tag}-${state}`,
          householdId: household._id,
          houseId: house._id,
          regionPath: path,
          villageName: VILLAGE_NAMES[tag],
          applicantName: household.headName,
        }),
        household.account?.accountNo,
      )
      out.households.push({ ...household, activeCaseId: CLOSED_STATES.includes(c.state) ? null : c._id })
      out.houses.push(house)
    }
  }

  // The households of world.factory.ts again, with names and numbers of their own.
  const hh1 = householdWith(counter, 'hh-1', PATHS.villageA1, 3, ['house-1'])
  const hh2 = householdWith(counter, 'hh-2', PATHS.villageA2, 5, ['house-2'])
  const hh3 = householdWith(counter, 'hh-3', PATHS.villageB1, 1, ['house-3'])
  const own = { householdId: 'hh-1', houseId: 'house-1', applicantName: hh1.headName, mode: 'repair' as const }
  addCase(aCase('archived', { ...own, _id: 'case-farmer-archived', gradeAtApplication: 'C' }), hh1.account?.accountNo)
  const returned = addCase(
    aCase('returned', { ...own, _id: 'case-farmer-returned', gradeAtApplication: 'C', filedOn: '2026-10-12' }),
  )
  out.households.push({ ...hh1, activeCaseId: returned._id }, hh2, hh3)
  out.houses.push(
    aHouseGraded('C', { _id: 'house-1', householdId: 'hh-1', regionPath: PATHS.villageA1, floorAreaM2: 70 }),
    aHouseGraded('D', { _id: 'house-2', householdId: 'hh-2', regionPath: PATHS.villageA2, floorAreaM2: 120 }),
    aHouseGraded('D', { _id: 'house-3', householdId: 'hh-3', regionPath: PATHS.villageB1, floorAreaM2: 50 }),
  )

  // Each signed-in person has one unread message, so "mark read" has a target of one's own and of another's.
  for (const user of Object.values(USERS)) {
    out.notifications.push(aNotification({ _id: `msg-${user._id}`, recipientId: user._id }))
  }
  return out
}

/** The records are the same every time and cost a few hundred ms to build, so they are built once per test file. */
let seedOnce: Seeded | undefined

/** The county of world.factory.ts, filled as described above; every record goes through the checked store. */
export async function seededWorld(today = '2026-11-23'): Promise<SeededWorld> {
  const world = await aWorld(today)
  seedOnce ??= seedData()
  const seeded = structuredClone(seedOnce)
  // Written past the schema check: the factory test checks these records, and seeding is on the hot path of the generated suites.
  const store = world.store
  for (const r of NEIGHBOUR_REGIONS) await col(store, 'regions').doc(r._id).set(withoutId(r))
  // The neighbouring county runs the other scheme, so county-scoped reads (profiles, the register) have an outside.
  await seedCountyProfile(store, NEIGHBOUR.county, SCHEMES.city, world.clock.now().toISOString())
  for (const u of Object.values(VILLAGE_OFFICIALS)) await col(store, 'users').doc(u._id).set(withoutId(u))
  for (const h of seeded.households) await col(store, 'households').doc(h._id).set(withoutId(h))
  await indexMembers(store, seeded.households)
  for (const h of seeded.houses) await col(store, 'houses').doc(h._id).set(withoutId(h))
  for (const c of seeded.cases) await col(store, 'cases').doc(c._id).set(withoutId(c))
  for (const n of seeded.notices) await col(store, 'notices').doc(n._id).set(withoutId(n))
  for (const p of seeded.payments) await col(store, 'payments').doc(p._id).set(withoutId(p))
  for (const m of seeded.notifications) await col(store, 'notifications').doc(m._id).set(withoutId(m))
  // A photo in storage not yet registered, for user.registerUpload.
  const photoFileId = await aStoredFile(world.deps.files)
  const byId = new Map(seeded.households.map((h) => [h._id, h]))
  return {
    ...world,
    seeded,
    photoFileId,
    caseIn: (village, state) => seeded.cases.find((c) => c._id === `case-${village}-${state}`)!,
    householdOf: (c) => byId.get(c.householdId)!,
  }
}

/** Only payable states and the archive carry payments; exported for tests that check the world is consistent. */
export const PAID_STATES: readonly CaseState[] = [...PAYABLE_STATES, 'archived']
