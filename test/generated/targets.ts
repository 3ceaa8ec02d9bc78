import { api } from '@shared/api'
import type { ActionContract } from '@shared/api/contract'
import type { Appraisal } from '@shared/schemas/appraisal'
import type { Application, CaseState } from '@shared/schemas/application'
import type { HazardReport } from '@shared/schemas/hazard'
import type { House } from '@shared/schemas/house'
import type { Household } from '@shared/schemas/household'
import type { Role, User } from '@shared/schemas/user'
import { USERS } from '../factories/world.factory'
import {
  APPRAISERS,
  freePhotoIdOf,
  hazardIdOf,
  otherHazardIdOf,
  type SeededWorld,
  seededAccountChangeId,
  seededBatchId,
  seededCampaignId,
  seededEntryId,
  VILLAGE_OFFICIALS,
  type VillageTag,
} from '../factories/seeded-world.factory'
import { sampleOf, shapeOf } from './zod-arbitrary'

/** Every action of every function, read from `api`, so a new action is in every generated suite at once. */
export const ACTIONS: ActionContract[] = Object.values(api).flatMap((fn) => Object.values(fn) as ActionContract[])

export type Side = 'inside' | 'outside'

/**
 * A caller of the matrix. `inside` and `outside` name villages of the seeded world: inside the caller's
 * jurisdiction and not (for a farmer: their own household, and another household of the same village).
 */
export type Identity = {
  key: string
  openid: string | null
  user: User | null
  inside: VillageTag
  outside: VillageTag
}

const official = (key: keyof typeof USERS, inside: VillageTag, outside: VillageTag): Identity => ({
  key,
  openid: USERS[key]._id,
  user: USERS[key],
  inside,
  outside,
})

export const IDENTITIES: Identity[] = [
  official('farmer', 'a1', 'a1'),
  official('villageA1', 'a1', 'b1'),
  official('villageB1', 'b1', 'a1'),
  official('townshipA', 'a1', 'b1'),
  official('townshipB', 'b1', 'a1'),
  official('county', 'a1', 'c1'),
  official('finance', 'b1', 'c1'),
  official('appraiser', 'a1', 'c1'),
  official('admin', 'a1', 'c1'),
  { key: 'no identity', openid: null, user: null, inside: 'a1', outside: 'b1' },
  { key: 'WeChat user with no record', openid: 'wx-stranger', user: null, inside: 'a1', outside: 'b1' },
]

/** The records an input's target fields are filled from, for one caller on one side. */
export type Target = {
  household: Household
  house: House | null
  case: Application
  notificationIds: string[]
  photoFileId: string
  /** A staff member of the village the caller names. */
  staffId: string
  /** The open appraisal order of that village, and the appraiser of its county. */
  appraisal: Appraisal
  appraiserId: string
  /** A notice of the village (public: anyone may open it) and the village's seeded objection. */
  noticeId: string
  objectionId: string
  /** The open ledger entry of the village, and the inspection campaign of its county. */
  ledgerEntryId: string
  campaignId: string
  /** The caller's own photo, uploaded and on no record yet. */
  photoIds: string[]
  /** The caller's own hazard report in the village (so the reporter's actions and the officials' both have one). */
  hazard: HazardReport
  /** Another report of the same village. */
  otherHazardId: string
}

/** The case each role works on next, so that an allowed call inside has a real chance to succeed. */
const CASE_STATE_FOR: Record<Role, CaseState> = {
  farmer: 'returned',
  village: 'submitted',
  township: 'village_approved',
  county: 'township_approved',
  finance: 'county_approved',
  appraiser: 'submitted',
  admin: 'submitted',
}

export function targetFor(world: SeededWorld, who: Identity, side: Side): Target {
  const houseOf = (h: Household) => world.seeded.houses.find((x) => x._id === h.houseIds[0]) ?? null
  const villageTag = who.user?.role === 'farmer' ? who.inside : side === 'inside' ? who.inside : who.outside
  const hazards = {
    photoIds: [freePhotoIdOf(who.openid)],
    hazard: world.seeded.hazards.find((r) => r._id === hazardIdOf(villageTag, who.openid)) ?? world.seeded.hazards[0]!,
    otherHazardId: otherHazardIdOf(villageTag),
  }
  const otherMessages = [`msg-${USERS.farmer2._id}`]
  if (who.user?.role === 'farmer') {
    const c =
      side === 'inside'
        ? world.seeded.cases.find((x) => x.householdId === who.user!.householdId && x.state === 'returned')!
        : world.caseIn(who.outside, 'county_approved')
    const household = world.householdOf(c)
    return {
      household,
      house: houseOf(household),
      case: c,
      notificationIds: side === 'inside' ? [`msg-${who.openid}`] : otherMessages,
      photoFileId: world.photoFileId,
      staffId: VILLAGE_OFFICIALS[side === 'inside' ? who.inside : who.outside]._id,
      appraisal: world.appraisalIn(side === 'inside' ? who.inside : who.outside),
      appraiserId: APPRAISERS[side === 'inside' ? who.inside : who.outside]._id,
      ...publicityTargets(world, side === 'inside' ? who.inside : who.outside),
      ...fieldWork(side === 'inside' ? who.inside : who.outside, household),
      ...hazards,
    }
  }
  const village = side === 'inside' ? who.inside : who.outside
  // A household whose case is closed may apply again, so "submit" inside meets no DUPLICATE_CASE.
  const household = world.householdOf(world.caseIn(village, 'rejected'))
  return {
    household,
    house: houseOf(household),
    case: world.caseIn(village, CASE_STATE_FOR[who.user?.role ?? 'village']),
    notificationIds: side === 'inside' && who.openid ? [`msg-${who.openid}`] : otherMessages,
    photoFileId: world.photoFileId,
    staffId: VILLAGE_OFFICIALS[village]._id,
    appraisal: world.appraisalIn(village),
    appraiserId: APPRAISERS[village]._id,
    ...publicityTargets(world, village),
    ...fieldWork(village, household),
    ...hazards,
  }
}

function publicityTargets(world: SeededWorld, village: VillageTag): Pick<Target, 'noticeId' | 'objectionId'> {
  const objection = world.seeded.objections.find((o) => o._id === `obj-${village}`)!
  return { noticeId: objection.noticeId, objectionId: objection._id }
}

function fieldWork(village: VillageTag, household: Household) {
  return { ledgerEntryId: seededEntryId(village), campaignId: seededCampaignId(household.region.county) }
}

/**
 * How each target field of an input is filled, and what a caller who names a record outside their reach
 * must get: NOT_FOUND (indistinguishable from a record that does not exist), 'ignored' (the action passes
 * over others' records and changes nothing) or 'none' (not a jurisdiction target).
 * A new id field needs a line here; the suites refuse to guess.
 */
export const TARGET_RESOLVERS: Record<
  string,
  { pick(t: Target, sampled: unknown): unknown; outside: 'NOT_FOUND' | 'ignored' | 'none' }
> = {
  caseId: { pick: (t) => t.case._id, outside: 'NOT_FOUND' },
  householdId: { pick: (t) => t.household._id, outside: 'NOT_FOUND' },
  houseId: { pick: (t) => t.house?._id ?? null, outside: 'NOT_FOUND' },
  /** user.markRead: message ids; "ids of other people are ignored". */
  ids: { pick: (t) => t.notificationIds, outside: 'ignored' },
  /** The caller's own unattached photo: what an application or a hazard report takes (a report needs one). */
  photoIds: { pick: (t) => t.photoIds, outside: 'none' },
  /**
   * A hazard report: the caller's own in a village inside or outside their reach, so the reporter's confirm is
   * let in on both sides and an official's move outside is NOT_FOUND by jurisdiction.
   */
  reportId: { pick: (t) => t.hazard._id, outside: 'NOT_FOUND' },
  /** hazard.moderate: a photo of the report named; the report decides the reach. */
  photoId: { pick: (t) => t.hazard.photoIds[0], outside: 'none' },
  /** hazard.moderate: the report a duplicate repeats, of the same village. */
  duplicateOfId: { pick: (t) => t.otherHazardId, outside: 'none' },
  /** admin.updateUser: a staff member of the caller's county, or of another county (indistinguishable from none). */
  userId: { pick: (t) => t.staffId, outside: 'NOT_FOUND' },
  /** user.registerUpload: a file the caller put in storage; registering it is not a jurisdiction matter. */
  fileId: { pick: (t) => t.photoFileId, outside: 'none' },
  /** The public board's region: open to everyone, so not a jurisdiction target. */
  regionPath: { pick: (t) => t.case.regionPath, outside: 'none' },
  /** appraisal.order: the houses to appraise (one, inside or outside the county official's reach). */
  houseIds: { pick: (t) => (t.house ? [t.house._id] : []), outside: 'NOT_FOUND' },
  /** appraisal.order by village: the target's village. */
  villagePath: { pick: (t) => t.household.regionPath, outside: 'NOT_FOUND' },
  /** appraisal.order: an appraiser of the caller's county, or of the neighbour county (indistinguishable from none). */
  appraiserId: { pick: (t) => t.appraiserId, outside: 'NOT_FOUND' },
  appraisalId: { pick: (t) => t.appraisal._id, outside: 'NOT_FOUND' },
  /** appraisal.record / exempt: the report and papers are the caller's uploads, checked like photoIds, not by jurisdiction. */
  reportFileId: { pick: (_t, sampled) => sampled, outside: 'none' },
  paperIds: { pick: (_t, sampled) => sampled, outside: 'none' },
  /** publicity.notice / publicity.object: notices are public, so a notice is not a jurisdiction target. */
  noticeId: { pick: (t) => t.noticeId, outside: 'none' },
  /** publicity.resolveObjection: an objection of a case in the caller's jurisdiction, or of one outside it. */
  objectionId: { pick: (t) => t.objectionId, outside: 'NOT_FOUND' },
  /** ledger.*: the village's open entry. */
  entryId: { pick: (t) => t.ledgerEntryId, outside: 'NOT_FOUND' },
  /**
   * inspection.*: the campaign of the target's county. A campaign is county-wide, so another village of the same
   * county is not outside it; what an action names inside the campaign (a house) carries the jurisdiction rule.
   */
  campaignId: { pick: (t) => t.campaignId, outside: 'none' },
  /** funds.*: a township of the target (the caller's county, or the neighbour's). */
  township: { pick: (t) => t.household.region.township, outside: 'NOT_FOUND' },
  /** funds.allocate: the target case (the finance officer's county, or the neighbour's). */
  caseIds: { pick: (t) => [t.case._id], outside: 'NOT_FOUND' },
  /** funds.batch*: the seeded batch of the target's county. */
  batchId: { pick: (t) => seededBatchId(t.household.region.county), outside: 'NOT_FOUND' },
  /** funds.setBuilder / setRental: the consent or contract is the caller's upload, checked like photoIds. */
  consentFileId: { pick: (_t, sampled) => sampled, outside: 'none' },
  contractFileId: { pick: (_t, sampled) => sampled, outside: 'none' },
  /** funds.decideAccountChange: the pending change of the target household. */
  changeId: { pick: (t) => seededAccountChangeId(t.household._id), outside: 'NOT_FOUND' },
  /** A client's retry key (issue 7 §4) names no record: the sampled one will do. */
  requestId: { pick: (_t, sampled) => sampled, outside: 'none' },
}

const looksLikeId = (field: string) => /(^ids?$|Ids?$)/.test(field)

export const nameOf = (c: ActionContract) => `${c.fn}.${c.action}`

/** The target fields of an action's input; an id-like field without a resolver stops the suite with what to do. */
export function targetFields(c: ActionContract): string[] {
  const fields = Object.keys(shapeOf(c.input) ?? {})
  for (const f of fields) {
    if (looksLikeId(f) && !TARGET_RESOLVERS[f]) {
      throw new Error(
        `${nameOf(c)}: input field '${f}' names a record, but the seeded world cannot supply one. ` +
          `Add a target resolver for '${f}' to TARGET_RESOLVERS in test/generated/targets.ts.`,
      )
    }
  }
  return fields.filter((f) => TARGET_RESOLVERS[f])
}

/** What a call naming records outside the caller's reach must get, or null when the action names none. */
export function outsideRule(c: ActionContract): 'NOT_FOUND' | 'ignored' | null {
  const rules = targetFields(c).map((f) => TARGET_RESOLVERS[f]!.outside)
  if (rules.includes('NOT_FOUND')) return 'NOT_FOUND'
  if (rules.includes('ignored')) return 'ignored'
  return null
}

/** A valid input for the action (sampled from its schema), with every target field naming the target's records. */
export function validInput(c: ActionContract, target: Target, seed = 7): Record<string, unknown> {
  const sample = sampleOf(c.input, seed) as Record<string, unknown>
  const fields = targetFields(c)
  const filled = (only: string[]) => {
    const input = { ...sample }
    for (const f of fields) {
      if (only.includes(f)) input[f] = TARGET_RESOLVERS[f]!.pick(target, input[f])
      else delete input[f]
    }
    return input
  }
  // Every target field at once, or, for an input that names one record of several kinds (a refinement such as
  // "a case or a household"), each field alone.
  const candidates = [fields, ...fields.map((f) => [...fields.filter((g) => !isOptional(c, g)), f])]
  const first = candidates.map(filled).find((input) => c.input.safeParse(input).success)
  if (!first) {
    const parsed = c.input.safeParse(filled(fields))
    throw new Error(`${nameOf(c)}: the filled-in sample does not parse: ${parsed.error?.message}; fix its resolver`)
  }
  return first
}

const isOptional = (c: ActionContract, field: string) =>
  (shapeOf(c.input)?.[field] as { safeParse(v: unknown): { success: boolean } } | undefined)?.safeParse(undefined).success ??
  false

/** The first role allowed to call the action (a farmer where anyone signed in may). */
export function allowedIdentity(c: ActionContract): Identity {
  const role = c.audience === 'public' || c.audience === 'registered' ? 'farmer' : c.audience[0]!
  return IDENTITIES.find((i) => i.user?.role === role)!
}
