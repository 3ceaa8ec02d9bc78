import type { createCalendar } from '@shared/domain/calendar'
import { addCalendarDays } from '@shared/domain/dates'
import { regionRefOf } from '@shared/domain/jurisdiction'
import type { PolicyProfile } from '@shared/domain/policy-profile'
import { CLOSED_STATES } from '@shared/domain/workflow/states'
import type { Application, CaseState } from '@shared/schemas/application'
import type { Household, TargetGroup } from '@shared/schemas/household'
import type { Grade, House } from '@shared/schemas/house'
import type { Objection } from '@shared/schemas/objection'
import type { PublicityNotice } from '@shared/schemas/publicity'
import type { User } from '@shared/schemas/user'
import { appraisalFor } from './appraisal'
import { seqOf } from '@shared/usecases/paging'
import type { BulkWriter } from './bulk-writer'
import { buildLifecycle, modeFor, targetGroupFor, type Actors } from './lifecycle'
import { BENCH_TODAY, type Login, type Manifest } from './manifest'
import { aName, aPhone, anAccount, membersOf } from './people'
import type { Rng, Sample } from './random'
import type { VillagePlan } from './regions'
import type { VillageHouse } from './hazards'

/** Of all households, the share with a case in any state: the programme has run for years. */
const CASE_SHARE = 0.12
/** Households whose only house is C or D and who belong to a target group, but have not applied yet. */
const WAITING_SHARE = 0.02
/** Households where somebody uses the mini-program. */
const FARMER_USER_SHARE = 0.6
/** Of the cases standing in a publicised stage, those with an objection the township has not resolved yet. */
const OPEN_OBJECTION_SHARE = 0.15
/** Of the notices of earlier stages, those someone objected to (dismissed since). */
const PAST_OBJECTION_SHARE = 0.03

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
  returned_by_township: 1,
  returned_by_county: 1,
  plan_chosen: 2,
  resettled: 1,
  ineligible: 2,
}

const ALL_STATES = Object.keys(STATE_WEIGHTS) as CaseState[]

function startDateFor(state: CaseState, rng: Rng): string {
  if (state === 'archived' || state === 'rejected' || state === 'withdrawn')
    return addCalendarDays('2020-03-02', rng.int(0, 5 * 365))
  if (state === 'settled' || state === 'accepted') return addCalendarDays('2025-01-06', rng.int(0, 420))
  return addCalendarDays(BENCH_TODAY, -rng.int(5, 160))
}

/** What writing one household needs: where it lives, who acts on its case, and where samples go. */
export type HouseholdContext = {
  village: VillagePlan
  rng: Rng
  writer: BulkWriter
  nextId: (prefix: string) => string
  profile: PolicyProfile
  calendar: ReturnType<typeof createCalendar>
  actors: Omit<Actors, 'farmer'>
  /** The appraisers of the household's county. */
  appraisers: readonly User[]
  login: (user: User) => Login
  villageLogin: Login
  casesByState: Record<CaseState, number>
  details: Sample<Manifest['details'][number]>
  payees: Sample<Login>
  applicants: Sample<Manifest['applicants'][number]>
  approvals: Sample<Manifest['approvals'][number]>
  /** Objections draw from a stream of their own, so adding them left the rest of the dataset as it was. */
  objectionRng: Rng
}

/**
 * One household, its house, perhaps a farmer user, and perhaps a case with everything the case produced. Answers
 * the house and the farmer's OPENID, for the village's reports and ledger.
 */
export function writeHousehold(ctx: HouseholdContext): { house: VillageHouse; farmerId: string | null } {
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
      ? [
          rng.pick([
            'at_risk',
            'severe_hardship',
            'allowance_marginal',
            'other_poverty_alleviated',
            ...profile.targetGroups,
          ] as const),
        ]
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
    safetyProofs: [],
    openAppraisalId: null,
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
    const objections = objectionsOf(c, life.notices, ctx)
    c.openObjections = objections.filter((o) => o.state === 'open').length
    writer.put('cases', c)
    const appraisal = appraisalFor({
      application: c,
      house,
      headName,
      appraisers: ctx.appraisers,
      county: ctx.actors.county,
      rng,
      nextId,
    })
    if (appraisal) {
      writer.put('appraisals', appraisal)
      if (appraisal.state === 'ordered') house.openAppraisalId = appraisal._id
    }
    for (const n of life.notices) writer.put('notices', n)
    for (const o of objections) writer.put('objections', o)
    for (const p of life.payments) writer.put('payments', p)
    for (const m of life.messages) writer.put('notifications', m)
    ctx.details.offer({ token: ctx.villageLogin.token, caseId })
    if (c.state === 'submitted') {
      // The village's decision carries its meeting record, whose minutes photo the official uploaded beforehand.
      const minutesPhotoId = `${caseId}m`
      const at = `${BENCH_TODAY}T01:00:00.000Z`
      writer.put('uploads', {
        _id: minutesPhotoId,
        fileId: `bench/${minutesPhotoId}.jpg`,
        ownerId: ctx.villageLogin.openid,
        kind: 'photo',
        contentType: 'image/jpeg',
        size: 48_000,
        day: BENCH_TODAY,
        createdAt: at,
        attachedTo: null,
      })
      ctx.approvals.offer({ token: ctx.villageLogin.token, caseId, minutesPhotoId })
    }
    if (farmerLogin && life.payments.length > 0) ctx.payees.offer(farmerLogin)
  } else if (waiting && farmerLogin) {
    ctx.applicants.offer({
      token: farmerLogin.token,
      houseId,
      targetGroup: targetGroupFor(household, profile, rng),
      mode: modeFor(house, rng),
    })
  }
  if (farmer) writer.put('users', farmer)
  writer.put('households', household)
  writer.put('houses', house)
  return { house: { houseId, householdId, grade }, farmerId: farmer?._id ?? null }
}

/**
 * The objections raised against a case's notices: perhaps one still open on the notice now running (the
 * township's inbox), perhaps a dismissed one on an earlier notice. Objectors are members of the public, half of
 * them anonymous.
 */
function objectionsOf(c: Application, notices: readonly PublicityNotice[], ctx: HouseholdContext): Objection[] {
  const rng = ctx.objectionRng
  return notices.flatMap((n) => {
    const current = c.publicityClosesOn === n.closesOn
    if (!rng.chance(current ? OPEN_OBJECTION_SHARE : PAST_OBJECTION_SHARE)) return []
    const id = ctx.nextId('j')
    const raisedOn = n.opensOn < BENCH_TODAY ? n.opensOn : n.postedOn
    const at = `${raisedOn}T03:00:00.000Z`
    const anonymous = rng.chance(0.5)
    return [
      {
        _id: id,
        noticeId: n._id,
        caseId: c._id,
        stage: n.stage,
        regionPath: n.regionPath,
        region: n.region,
        villageName: n.villageName,
        maskedName: n.maskedName,
        reason: '该户另有住房，家庭条件较好，不应列为改造对象。',
        photoIds: [],
        anonymous,
        objectorId: `visitor_${String(rng.int(0, 49)).padStart(7, '0')}`,
        objectorName: null,
        contactPhone: null,
        state: current ? 'open' : 'dismissed',
        raisedOn,
        opensOn: n.opensOn,
        closesOn: n.closesOn,
        resolution: current
          ? null
          : {
              outcome: null,
              text: '经入户核实，该户无其他住房，异议不成立。',
              byId: ctx.actors.township._id,
              byName: ctx.actors.township.name,
              on: n.closesOn,
              at: `${n.closesOn}T03:00:00.000Z`,
            },
        createdAt: at,
        updatedAt: at,
        seq: seqOf(at, id),
      },
    ]
  })
}
