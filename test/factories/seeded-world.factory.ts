import { aUser } from './user.factory'
import type { User } from '@shared/schemas/user'
import { aStoredFile } from './upload.factory'
import { CLOSED_STATES, PAYABLE_STATES } from '@shared/domain/workflow/states'
import { regionRefOf } from '@shared/domain/jurisdiction'
import type { Appraisal } from '@shared/schemas/appraisal'
import { type Application, CaseState } from '@shared/schemas/application'
import type { Household } from '@shared/schemas/household'
import type { AccountChange, Batch } from '@shared/schemas/funds'
import type { Campaign } from '@shared/schemas/inspection'
import type { LedgerEntry } from '@shared/schemas/ledger'
import type { House } from '@shared/schemas/house'
import type { Notification } from '@shared/schemas/notification'
import type { Objection } from '@shared/schemas/objection'
import type { Payment } from '@shared/schemas/payment'
import type { PublicityNotice } from '@shared/schemas/publicity'
import type { Region } from '@shared/schemas/region'
import { col, withoutId } from '@shared/usecases/collections'
import { indexMembers } from '@shared/usecases/member-index'
import { SCHEMES, seedCountyProfile } from '@shared/usecases/profiles'
import { aCase, aNotification, aPayment, noticesOf } from './case.factory'
import { anAppraisal } from './appraisal.factory'
import { aHouseGraded } from './house.factory'
import { anObjection } from './objection.factory'
import { aHousehold, aPerson, anIdNumber } from './household.factory'
import { aWorld, PATHS, USERS, type World } from './world.factory'
import type { HazardReport } from '@shared/schemas/hazard'
import type { Upload } from '@shared/store/collections/uploads'
import { aHazardReport } from './hazard.factory'

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

/** The appraiser of each county: world.factory.ts's for villages a1 and b1, one of the neighbour county for c1. */
export const APPRAISERS: Record<VillageTag, User> = {
  a1: USERS.appraiser,
  b1: USERS.appraiser,
  c1: aUser({ _id: 'u-appraiser-c', name: '邻工', role: 'appraiser', regionPath: NEIGHBOUR.county, householdId: undefined }),
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
  appraisals: Appraisal[]
  households: Household[]
  houses: House[]
  cases: Application[]
  notices: PublicityNotice[]
  payments: Payment[]
  notifications: Notification[]
  objections: Objection[]
  /** One open ledger entry per seeded village, on the house of its rejected case (a household free to apply). */
  ledger: LedgerEntry[]
  /** One inspection campaign per county (this one and the neighbour), with no scope written. */
  campaigns: Campaign[]
  /** One pending change of the one-card account per household (see `seededAccountChangeId`). */
  accountChanges: AccountChange[]
  /** One bank batch per county, built by another finance officer and waiting for approval (see `seededBatchId`). */
  batches: Batch[]
  /** In every village, one report by each person who may call the hazard actions (see `hazardIdOf`). */
  hazards: HazardReport[]
  /** One photo of each person, uploaded and not yet on any record (see `freePhotoIdOf`). */
  uploads: Upload[]
}

/** Everyone who calls in the generated suites and has an identity: the people on record and a WeChat stranger. */
export const REPORTERS: readonly string[] = [...Object.values(USERS).map((u) => u._id), 'wx-stranger']

/**
 * The report `openid` made in `village`; every caller has one everywhere, so "confirm my report" has a target on
 * both sides. Numbered, not named after the reporter: an id is public, and must not say who reported.
 */
const reporterNo = (openid: string | null) => (openid && REPORTERS.includes(openid) ? String(REPORTERS.indexOf(openid)) : 'x')
export const hazardIdOf = (village: VillageTag, openid: string | null) => `hz-${village}-${reporterNo(openid)}`
/** A report of the village nobody in the suites made, to link a duplicate to. */
export const otherHazardIdOf = (village: VillageTag) => `hz-${village}-public`
export const freePhotoIdOf = (openid: string | null) => `up-free-${reporterNo(openid)}`

export type SeededWorld = World & {
  seeded: Seeded
  /** A photo in storage that nobody registered yet (the mini-program's upload before `user.registerUpload`). */
  photoFileId: string
  /** The case in `state` of a village. */
  caseIn(village: VillageTag, state: CaseState): Application
  /** The open appraisal order of a village (of its submitted case's house), assigned to that county's appraiser. */
  appraisalIn(village: VillageTag): Appraisal
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
  const out: Seeded = {
    appraisals: [],
    households: [],
    houses: [],
    cases: [],
    notices: [],
    payments: [],
    notifications: [],
    objections: [],
    ledger: [],
    campaigns: [],
    batches: [],
    accountChanges: [],
    hazards: [],
    uploads: [],
  }
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
      if (state === 'submitted') {
        const appraisal = anAppraisal(house, household.headName, VILLAGE_NAMES[tag], APPRAISERS[tag], `appraisal-${tag}`)
        out.appraisals.push(appraisal)
        out.houses.push({ ...house, openAppraisalId: appraisal._id })
      } else out.houses.push(house)
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

  // One objection per village, already dismissed (so no seeded case is held): by farmer2 with their phone, by a
  // WeChat user without a record anonymously, and by the farmer; each objector is a needle of the PII scan.
  for (const [tag, objector] of Object.entries(SEEDED_OBJECTORS) as Array<[VillageTag, (typeof SEEDED_OBJECTORS)[VillageTag]]>) {
    const notice = out.notices.find((n) => n.caseId === `case-${tag}-county_approved` && n.stage === 'county_approval')!
    out.objections.push(
      anObjection(notice, {
        _id: `obj-${tag}`,
        ...objector,
        state: 'dismissed',
        resolution: {
          outcome: null,
          text: '经入户核实，该户无其他住房，异议不成立',
          byId: USERS.townshipA._id,
          byName: USERS.townshipA.name,
          on: notice.closesOn,
          at: `${notice.closesOn}T02:00:00.000Z`,
        },
      }),
    )
  }
  for (const [tag, path] of Object.entries(SEEDED_VILLAGES) as Array<[VillageTag, string]>) {
    out.ledger.push(aSeededEntry(tag, path, `house-${tag}-rejected`, `hh-${tag}-rejected`))
  }
  for (const county of [PATHS.county, NEIGHBOUR.county]) out.campaigns.push(aSeededCampaign(county))
  for (const county of [PATHS.county, NEIGHBOUR.county]) out.batches.push(aSeededBatch(county))
  for (const h of out.households) out.accountChanges.push(aSeededAccountChange(h))
  // Reports: the farmers report under their names (with a phone to call back), everyone else anonymously; the
  // farmer's own report in their village is resolved, so confirming it can succeed.
  let phones = 0
  const named: Record<string, string> = { [USERS.farmer._id]: USERS.farmer.name, [USERS.farmer2._id]: USERS.farmer2.name }
  for (const [tag, path] of Object.entries(SEEDED_VILLAGES) as Array<[VillageTag, string]>) {
    for (const reporterId of [...REPORTERS, 'wx-reporter']) {
      const id = reporterId === 'wx-reporter' ? otherHazardIdOf(tag) : hazardIdOf(tag, reporterId)
      const name = named[reporterId] ?? null
      out.hazards.push(
        aHazardReport({
          _id: id,
          regionPath: path,
          villageName: VILLAGE_NAMES[tag],
          reporterId,
          anonymous: name === null,
          reporterName: name,
          contactPhone: name === null ? null : `1370000${String(phones++).padStart(4, '0')}`,
          status: tag === 'a1' && reporterId === USERS.farmer._id ? 'resolved' : 'received',
          photoIds: [`hzp-${id}-1`],
        }),
      )
    }
  }
  for (const openid of REPORTERS) {
    out.uploads.push({
      _id: freePhotoIdOf(openid),
      fileId: `seeded/${openid}.jpg`,
      ownerId: openid,
      kind: 'photo',
      contentType: 'image/jpeg',
      size: 1000,
      day: '2026-11-23',
      createdAt: '2026-11-23T01:00:00.000Z',
      attachedTo: null,
    })
  }

  // Each signed-in person has one unread message, so "mark read" has a target of one's own and of another's.
  for (const user of Object.values(USERS)) {
    out.notifications.push(aNotification({ _id: `msg-${user._id}`, recipientId: user._id }))
  }
  return out
}

/** Who raised each village's seeded objection. */
export const SEEDED_OBJECTORS: Record<
  VillageTag,
  { objectorId: string; objectorName: string | null; contactPhone: string | null; anonymous: boolean }
> = {
  a1: { objectorId: USERS.farmer2._id, objectorName: USERS.farmer2.name, contactPhone: '13911110001', anonymous: false },
  b1: { objectorId: 'wx-stranger', objectorName: null, contactPhone: null, anonymous: true },
  c1: { objectorId: USERS.farmer._id, objectorName: USERS.farmer.name, contactPhone: '13911110003', anonymous: false },
}

export const seededEntryId = (tag: VillageTag) => `ledger-seed-${tag}`
export const seededCampaignId = (county: string) => `camp-${county}-20270430`

function aSeededEntry(tag: VillageTag, path: string, houseId: string, householdId: string): LedgerEntry {
  const id = seededEntryId(tag)
  const at = '2026-11-02T01:00:00.000Z'
  return {
    _id: id,
    regionPath: path,
    region: regionRefOf(path),
    villageName: VILLAGE_NAMES[tag],
    houseId,
    householdId,
    source: { kind: 'inspection', id: `seed-${tag}` },
    kind: 'hazard',
    problem: '东墙开裂',
    ownerId: VILLAGE_OFFICIALS[tag]._id,
    ownerName: VILLAGE_OFFICIALS[tag].name,
    deadline: '2026-12-02',
    state: 'open',
    closure: null,
    confirmation: null,
    reopenings: [],
    location: null,
    caseId: null,
    openedOn: '2026-11-02',
    createdAt: at,
    updatedAt: at,
    seq: `${at}|${id}`,
  }
}

function aSeededCampaign(county: string): Campaign {
  const at = '2026-11-01T01:00:00.000Z'
  const id = seededCampaignId(county)
  return {
    _id: id,
    name: '2027年上半年农房安全排查',
    regionPath: county,
    region: { county },
    deadline: '2027-04-30',
    openedOn: '2026-11-01',
    openedById: USERS.county._id,
    openedByName: USERS.county.name,
    villages: [],
    createdAt: at,
    seq: `${at}|${id}`,
  }
}

export const seededAccountChangeId = (householdId: string) => `ac-seeded-${householdId}`

function aSeededAccountChange(h: Household): AccountChange {
  const at = '2026-11-20T01:00:00.000Z'
  const id = seededAccountChangeId(h._id)
  return {
    _id: id,
    householdId: h._id,
    regionPath: h.regionPath,
    region: h.region,
    bank: '邮储银行',
    accountNo: '6221880000009999',
    holder: h.headName,
    reason: '原一卡通丢失，已补办',
    status: 'pending',
    requestedById: 'u-seeded',
    requestedOn: '2026-11-20',
    decidedById: null,
    decidedOn: null,
    comment: '',
    createdAt: at,
    seq: `${at}|${id}`,
  }
}

export const seededBatchId = (county: string) => `bt-${county}-seeded`

/** An empty batch built by another finance officer: approving it may succeed, exporting or importing meets its status. */
function aSeededBatch(county: string): Batch {
  const at = '2026-11-20T01:00:00.000Z'
  const id = seededBatchId(county)
  return {
    _id: id,
    batchNo: `PC${county}20261120SEEDED`,
    county,
    filter: { township: null, stage: null, dueBy: '2026-11-20' },
    status: 'built',
    lineCount: 0,
    totalFen: 0,
    makerId: 'u-finance-other',
    makerName: '另一位财政人员',
    approverId: null,
    approverName: null,
    approvedAt: null,
    exportedAt: null,
    paidCount: 0,
    paidFen: 0,
    failedCount: 0,
    failedFen: 0,
    skippedCount: 0,
    createdAt: at,
    updatedAt: at,
    seq: `${at}|${id}`,
  }
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
  for (const a of seeded.appraisals) await col(store, 'appraisals').doc(a._id).set(withoutId(a))
  await col(store, 'users').doc(APPRAISERS.c1._id).set(withoutId(APPRAISERS.c1))
  for (const n of seeded.notices) await col(store, 'notices').doc(n._id).set(withoutId(n))
  for (const p of seeded.payments) await col(store, 'payments').doc(p._id).set(withoutId(p))
  for (const m of seeded.notifications) await col(store, 'notifications').doc(m._id).set(withoutId(m))
  for (const o of seeded.objections) await col(store, 'objections').doc(o._id).set(withoutId(o))
  for (const e of seeded.ledger) await col(store, 'ledger_entries').doc(e._id).set(withoutId(e))
  for (const c of seeded.campaigns) await col(store, 'campaigns').doc(c._id).set(withoutId(c))
  for (const b of seeded.batches) await col(store, 'batches').doc(b._id).set(withoutId(b))
  for (const a of seeded.accountChanges) await col(store, 'account_changes').doc(a._id).set(withoutId(a))
  for (const r of seeded.hazards) await col(store, 'hazard_reports').doc(r._id).set(withoutId(r))
  for (const u of seeded.uploads) await col(store, 'uploads').doc(u._id).set(withoutId(u))
  // A photo in storage not yet registered, for user.registerUpload.
  const photoFileId = await aStoredFile(world.deps.files)
  const byId = new Map(seeded.households.map((h) => [h._id, h]))
  return {
    ...world,
    seeded,
    photoFileId,
    caseIn: (village, state) => seeded.cases.find((c) => c._id === `case-${village}-${state}`)!,
    appraisalIn: (village) => seeded.appraisals.find((a) => a._id === `appraisal-${village}`)!,
    householdOf: (c) => byId.get(c.householdId)!,
  }
}

/** Only payable states and the archive carry payments; exported for tests that check the world is consistent. */
export const PAID_STATES: readonly CaseState[] = [...PAYABLE_STATES, 'archived']
