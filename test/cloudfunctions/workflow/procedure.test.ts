import { profileRecordId } from '@shared/schemas/profile'
import { LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { col, withoutId } from '@shared/usecases/collections'
import { aCase } from '../../factories/case.factory'
import { PATHS, USERS } from '../../factories/world.factory'
import { dataOf, refuser, type WorldCall, withWorld } from '../call'
import { aMeeting, villageApproves } from '../meeting'

/**
 * Issue 9, the procedure on table v2 through the real handlers: the village meeting record, returns (to the
 * applicant, who goes straight back to the returning level, or to the level below), withdrawal, the plan and
 * the give-up resettlement, and the inboxes of the levels. The world starts on Monday 2026-11-23.
 */
describe('the procedure on table v2', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  const apply = { action: 'submit', houseId: 'house-1', targetGroup: 'min_allowance', mode: 'repair', reason: '土坯房墙体开裂' }
  const decide = (as: string, caseId: string, decision: string, comment = '') =>
    call('review', as, { action: 'decide', caseId, decision, comment })
  const stored = async (id: string) => (await col(t.world.store, 'cases').doc(id).get())!
  const notices = (caseId: string) => col(t.world.store, 'notices').where({ caseId }).count()

  const refusedWithoutChange = refuser(t)

  /** Filed on 11-23 and passed by the village (its notice runs through 11-30). */
  async function villageApproved(): Promise<string> {
    const id = dataOf(await call('application', USERS.farmer._id, apply))._id
    dataOf(await villageApproves(t.world, call, USERS.villageA1._id, id))
    return id
  }
  /** …and by the township on 12-01 (notice through 12-08). */
  async function townshipApproved(): Promise<string> {
    const id = await villageApproved()
    t.world.clock.moveTo('2026-12-01')
    dataOf(await decide(USERS.townshipA._id, id, 'approve'))
    return id
  }
  /** …and by the county on 12-09 (notice through 12-16; the plan may be chosen from 12-17). */
  async function countyApproved(): Promise<string> {
    const id = await townshipApproved()
    t.world.clock.moveTo('2026-12-09')
    dataOf(await decide(USERS.county._id, id, 'approve'))
    t.world.clock.moveTo('2026-12-17')
    return id
  }

  describe('village meeting record', () => {
    it('the village review requires its meeting record', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      const error = await refusedWithoutChange('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: id,
        decision: 'approve',
      })
      expect(error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'meeting' } })
    })

    it('a village approval needs more than half of those present voting for it', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      const meeting = await aMeeting(t.world, call, USERS.villageA1._id, { attendance: 8, votesFor: 4, votesAgainst: 4 })
      const error = await refusedWithoutChange('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: id,
        decision: 'approve',
        meeting,
      })
      expect(error).toMatchObject({ code: 'BAD_INPUT', details: { issues: [{ path: ['meeting', 'votesFor'] }] } })
    })

    it('a meeting is not dated in the future nor before the application came in, and votes fit the attendance', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      for (const wrong of [{ meetingOn: '2026-11-24' }, { meetingOn: '2026-11-20' }, { votesFor: 8, votesAgainst: 2 }]) {
        const meeting = await aMeeting(t.world, call, USERS.villageA1._id, wrong)
        const error = await refusedWithoutChange('review', USERS.villageA1._id, {
          action: 'decide',
          caseId: id,
          decision: 'approve',
          meeting,
        })
        expect(error.code).toBe('BAD_INPUT')
      }
    })

    it('the minutes photo is the recording official’s own upload', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      const farmers = await aMeeting(t.world, call, USERS.farmer._id)
      const error = await refusedWithoutChange('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: id,
        decision: 'approve',
        meeting: farmers,
      })
      expect(error.code).toBe('BAD_INPUT')
    })

    it('only the village records a meeting', async () => {
      const id = await villageApproved()
      t.world.clock.moveTo('2026-12-01')
      const meeting = await aMeeting(t.world, call, USERS.townshipA._id)
      const error = await refusedWithoutChange('review', USERS.townshipA._id, {
        action: 'decide',
        caseId: id,
        decision: 'approve',
        meeting,
      })
      expect(error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'meeting' } })
    })

    it('stores the meeting on the case, with its minutes photo among the case’s photos', async () => {
      const id = await villageApproved()
      const c = await stored(id)
      expect(c.villageReview).toMatchObject({
        meetingOn: '2026-11-23',
        attendance: 9,
        votesFor: 7,
        votesAgainst: 1,
        decision: 'approve',
        recordedById: USERS.villageA1._id,
        recordedByName: USERS.villageA1.name,
      })
      const photos = dataOf(await call('application', USERS.farmer._id, { action: 'photos', caseId: id }))
      expect(photos.map((p: { id: string }) => p.id)).toEqual([c.villageReview!.minutesPhotoId])
      expect(c.photoIds).toEqual([])
    })

    it('a village rejection carries a meeting that did not pass the case', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      const passed = await aMeeting(t.world, call, USERS.villageA1._id)
      const error = await refusedWithoutChange('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: id,
        decision: 'reject',
        comment: '经评议不符合',
        meeting: passed,
      })
      expect(error.code).toBe('BAD_INPUT')
    })
  })

  describe('return for revision', () => {
    it('resubmission goes straight back to the township that returned it, without a second notice', async () => {
      const id = await villageApproved()
      t.world.clock.moveTo('2026-12-01')
      const returned = dataOf(await decide(USERS.townshipA._id, id, 'return', '请补充户口本复印件'))
      expect(returned.state).toBe('returned_by_township')
      const inbox = dataOf(await call('review', USERS.villageA1._id, { action: 'inbox' }))
      expect(inbox.items.map((c: { _id: string; urgency: unknown }) => [c._id, c.urgency])).toEqual([[id, null]])
      const again = dataOf(
        await call('application', USERS.farmer._id, { action: 'resubmit', caseId: id, reason: '土坯房墙体开裂，已补户口本' }),
      )
      expect(again).toMatchObject({ state: 'village_approved', publicityClosesOn: null, reason: '土坯房墙体开裂，已补户口本' })
      expect(await notices(id)).toBe(1)
      expect(dataOf(await decide(USERS.townshipA._id, id, 'approve')).state).toBe('township_approved')
    })

    it('resubmission goes straight back to the county that returned it', async () => {
      const id = await townshipApproved()
      t.world.clock.moveTo('2026-12-09')
      expect(dataOf(await decide(USERS.county._id, id, 'return', '鉴定报告缺页')).state).toBe('returned_by_county')
      const again = dataOf(
        await call('application', USERS.farmer._id, { action: 'resubmit', caseId: id, reason: '补齐鉴定报告' }),
      )
      expect(again.state).toBe('township_approved')
      expect(await notices(id)).toBe(2)
      expect(dataOf(await decide(USERS.county._id, id, 'approve')).state).toBe('county_approved')
    })

    it('returning to the applicant waits until the stage’s publicity has ended', async () => {
      const id = await villageApproved()
      const error = await refusedWithoutChange('review', USERS.townshipA._id, {
        action: 'decide',
        caseId: id,
        decision: 'return',
        comment: '请补充材料',
      })
      expect(error).toMatchObject({ code: 'PUBLICITY_RUNNING', details: { closesOn: '2026-11-30' } })
    })

    it('the township returns a case below to the village, which meets again', async () => {
      const id = await villageApproved()
      t.world.clock.moveTo('2026-12-01')
      const below = dataOf(await decide(USERS.townshipA._id, id, 'return_below', '评议人数不足，请重新评议'))
      expect(below).toMatchObject({ state: 'submitted', villageReview: null })
      const error = await refusedWithoutChange('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: id,
        decision: 'approve',
      })
      expect(error.code).toBe('BAD_INPUT')
      expect(dataOf(await villageApproves(t.world, call, USERS.villageA1._id, id)).state).toBe('village_approved')
    })

    it('the county returns a case below to the township, which audits it again at once', async () => {
      const id = await townshipApproved()
      t.world.clock.moveTo('2026-12-09')
      const below = dataOf(await decide(USERS.county._id, id, 'return_below', '请乡镇重新核实人口'))
      expect(below).toMatchObject({ state: 'village_approved', publicityClosesOn: null })
      expect(await notices(id)).toBe(2)
      expect(dataOf(await decide(USERS.townshipA._id, id, 'approve')).state).toBe('township_approved')
    })

    it('a return below needs a reason, and the village has no level below', async () => {
      const id = await villageApproved()
      t.world.clock.moveTo('2026-12-01')
      expect(
        await refusedWithoutChange('review', USERS.townshipA._id, { action: 'decide', caseId: id, decision: 'return_below' }),
      ).toMatchObject({ code: 'BAD_INPUT' })
      const other = dataOf(
        await call('application', USERS.farmer2._id, {
          ...apply,
          houseId: 'house-2',
          mode: 'rebuild',
          targetGroup: 'poor_registered',
        }),
      )
      const error = await refusedWithoutChange('review', USERS.villageA2._id, {
        action: 'decide',
        caseId: other._id,
        decision: 'return_below',
        comment: '退回',
      })
      expect(error.code).toBe('INVALID_TRANSITION')
    })
  })

  describe('withdrawal', () => {
    it('the applicant withdraws before the village review, and may apply again', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      const gone = dataOf(
        await call('application', USERS.farmer._id, { action: 'withdraw', caseId: id, reason: '房子已自行修好' }),
      )
      expect(gone.state).toBe('withdrawn')
      expect(gone.history.at(-1)).toMatchObject({ event: 'withdraw', actorRole: 'farmer', comment: '房子已自行修好' })
      expect((await col(t.world.store, 'households').doc('hh-1').get())!.activeCaseId).toBeNull()
      expect((await call('application', USERS.farmer._id, apply)).ok).toBe(true)
    })

    it('withdrawal stops once the village has acted', async () => {
      const id = await villageApproved()
      const error = await refusedWithoutChange('application', USERS.farmer._id, { action: 'withdraw', caseId: id })
      expect(error.code).toBe('INVALID_TRANSITION')
    })

    it('the applicant withdraws a case returned to them by the township', async () => {
      const id = await villageApproved()
      t.world.clock.moveTo('2026-12-01')
      dataOf(await decide(USERS.townshipA._id, id, 'return', '请补充材料'))
      expect(dataOf(await call('application', USERS.farmer._id, { action: 'withdraw', caseId: id })).state).toBe('withdrawn')
    })

    it('nobody withdraws another household’s application', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      expect((await refusedWithoutChange('application', USERS.farmer2._id, { action: 'withdraw', caseId: id })).code).toBe(
        'NOT_FOUND',
      )
    })

    it('the village may not withdraw a household’s own application', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      const error = await refusedWithoutChange('application', USERS.villageA1._id, {
        action: 'withdraw',
        caseId: id,
        reason: '农户口头说不要了',
      })
      expect(error.code).toBe('INVALID_TRANSITION')
    })

    it('the village withdraws a filing it made on a household’s behalf, with a reason', async () => {
      const proxy = dataOf(
        await call('application', USERS.villageB1._id, {
          action: 'submit',
          householdId: 'hh-3',
          houseId: 'house-3',
          targetGroup: 'poor_disabled',
          mode: 'rebuild',
          reason: '户主失能，村委会代为申请',
          proxyReason: '户主失能失智，无法本人申请',
        }),
      )
      const bare = await refusedWithoutChange('application', USERS.villageB1._id, { action: 'withdraw', caseId: proxy._id })
      expect(bare).toMatchObject({ code: 'BAD_INPUT', details: { issues: [{ path: ['reason'] }] } })
      const gone = dataOf(
        await call('application', USERS.villageB1._id, { action: 'withdraw', caseId: proxy._id, reason: '户主已由子女接走赡养' }),
      )
      expect(gone.state).toBe('withdrawn')
    })
  })

  describe('the plan', () => {
    const plan = (caseId: string, extra: Record<string, unknown> = {}) => ({
      action: 'choosePlan',
      caseId,
      mode: 'repair',
      areaM2: 58.5,
      subsidyFen: 1_500_000,
      startOn: '2027-01-04',
      finishBy: '2027-04-20',
      payTo: 'household',
      ...extra,
    })

    it('the household chooses its plan once the county approval’s publicity has ended', async () => {
      const id = await countyApproved()
      const chosen = dataOf(await call('application', USERS.farmer._id, plan(id, { note: '先修屋顶' })))
      expect(chosen).toMatchObject({
        state: 'plan_chosen',
        mode: 'repair',
        agreementConfirmedBy: [],
        plan: {
          mode: 'repair',
          resettlement: null,
          areaM2: 58.5,
          subsidyFen: 1_500_000,
          payTo: 'household',
          note: '先修屋顶',
          chosenById: USERS.farmer._id,
          chosenOn: '2026-12-17',
        },
      })
    })

    it('a plan without an amount agrees the profile’s standard for its mode; a repair agreed at ¥0 is refused', async () => {
      const id = await countyApproved()
      const { subsidyFen: _left, ...withoutAmount } = plan(id)
      const zero = await refusedWithoutChange('application', USERS.farmer._id, plan(id, { subsidyFen: 0 }))
      expect(zero).toMatchObject({ code: 'BAD_INPUT', details: { issues: [{ path: ['subsidyFen'] }] } })
      const chosen = dataOf(await call('application', USERS.farmer._id, withoutAmount))
      expect(chosen.plan.subsidyFen).toBe(LUOZHUANG_2020.repairCapFen)
    })

    it('the plan waits for the county approval’s publicity', async () => {
      const id = await countyApproved()
      t.world.clock.moveTo('2026-12-16')
      const error = await refusedWithoutChange('application', USERS.farmer._id, plan(id))
      expect(error).toMatchObject({ code: 'PUBLICITY_RUNNING', details: { closesOn: '2026-12-16' } })
    })

    it.each([
      ['a mode the grade does not allow', { mode: 'rebuild' }, 'mode'],
      ['a subsidy above the ceiling', { subsidyFen: 1_700_001 }, 'subsidyFen'],
      ['a builder paid for a rental', { mode: 'rent_swap', areaM2: null, subsidyFen: 0, payTo: 'builder' }, 'payTo'],
      ['works without dates', { startOn: null, finishBy: null }, 'startOn'],
      ['a finish before the start', { finishBy: '2027-01-01' }, 'finishBy'],
      ['an area for a plan that builds nothing', { mode: 'public_rental', subsidyFen: 0 }, 'areaM2'],
      ['a resettlement kind without giving up', { resettlement: 'children' }, 'resettlement'],
    ])('plan validation refuses %s', async (_name, extra, field) => {
      const id = await countyApproved()
      const error = await refusedWithoutChange('application', USERS.farmer._id, plan(id, extra))
      expect(error.code).toBe('BAD_INPUT')
      expect((error.details as { issues: { path: string[] }[] }).issues.map((i) => i.path[0])).toContain(field)
    })

    it('plan validation holds a new house to the area standard of the household’s size', async () => {
      const c = dataOf(
        await call('application', USERS.farmer2._id, {
          ...apply,
          houseId: 'house-2',
          mode: 'rebuild',
          targetGroup: 'poor_registered',
        }),
      )
      dataOf(await villageApproves(t.world, call, USERS.villageA2._id, c._id))
      t.world.clock.moveTo('2026-12-01')
      dataOf(await decide(USERS.townshipA._id, c._id, 'approve'))
      t.world.clock.moveTo('2026-12-09')
      dataOf(await decide(USERS.county._id, c._id, 'approve'))
      t.world.clock.moveTo('2026-12-17')
      const big = await refusedWithoutChange('application', USERS.farmer2._id, plan(c._id, { mode: 'rebuild', areaM2: 100 }))
      expect(big.message).toContain('80平方米')
      // 60 m² of an 80 m² standard: 60 × 800 yuan is the most.
      const over = await refusedWithoutChange(
        'application',
        USERS.farmer2._id,
        plan(c._id, { mode: 'rebuild', areaM2: 60, subsidyFen: 4_800_001 }),
      )
      expect(over.message).toContain('¥48,000.00')
      const ok = dataOf(
        await call(
          'application',
          USERS.farmer2._id,
          plan(c._id, { mode: 'rebuild', areaM2: 60, subsidyFen: 4_800_000, payTo: 'builder' }),
        ),
      )
      expect(ok.plan).toMatchObject({ mode: 'rebuild', areaM2: 60, subsidyFen: 4_800_000, payTo: 'builder' })
    })

    it('the township chooses on the household’s behalf, and choosing again voids the confirmations', async () => {
      const id = await countyApproved()
      dataOf(await call('application', USERS.townshipA._id, plan(id)))
      await col(t.world.store, 'cases')
        .doc(id)
        .update({ agreementConfirmedBy: ['township'] })
      const again = dataOf(await call('application', USERS.farmer._id, plan(id, { subsidyFen: 1_600_000 })))
      expect(again).toMatchObject({ state: 'plan_chosen', agreementConfirmedBy: [], plan: { subsidyFen: 1_600_000 } })
      const by = again.history.slice(-2).map((h: { actorRole: string; event: string }) => `${h.actorRole} ${h.event}`)
      expect(by).toEqual(['township choose_plan', 'farmer choose_plan'])
    })

    it('the works deadline of the campaign bounds the finish date, when the profile sets one', async () => {
      await setProfile({ worksCompleteBy: '2027-04-30', resettleBy: '2027-02-20' })
      const id = await countyApproved()
      const late = await refusedWithoutChange('application', USERS.farmer._id, plan(id, { finishBy: '2027-05-10' }))
      expect(late.message).toContain('2027-04-30')
      expect(dataOf(await call('application', USERS.farmer._id, plan(id))).state).toBe('plan_chosen')
    })

    it('giving up renovation resettles the household and closes the case with its record', async () => {
      const id = await countyApproved()
      const resettled = dataOf(
        await call(
          'application',
          USERS.farmer._id,
          plan(id, {
            mode: 'resettle',
            resettlement: 'children',
            areaM2: null,
            subsidyFen: 0,
            startOn: null,
            finishBy: null,
            note: '到儿子家居住',
          }),
        ),
      )
      expect(resettled).toMatchObject({
        state: 'resettled',
        mode: 'resettle',
        resettlement: { kind: 'children', note: '到儿子家居住', on: '2026-12-17', deadline: null, onTime: null },
      })
      expect(resettled.history.at(-1).event).toBe('resettle')
      expect((await col(t.world.store, 'households').doc('hh-1').get())!.activeCaseId).toBeNull()
    })

    it('a give-up resettlement records the campaign deadline and whether it was met', async () => {
      await setProfile({ resettleBy: '2026-12-10' })
      const id = await countyApproved()
      const late = dataOf(
        await call(
          'application',
          USERS.townshipA._id,
          plan(id, {
            mode: 'resettle',
            resettlement: 'concentrated',
            areaM2: null,
            subsidyFen: 0,
            startOn: null,
            finishBy: null,
          }),
        ),
      )
      expect(late.resettlement).toMatchObject({ kind: 'concentrated', deadline: '2026-12-10', onTime: false })
    })

    it('the plan is changed after the agreement only by the county, with its reason, and is confirmed again', async () => {
      const signed = aCase('agreement_signed', {
        mode: 'repair',
        gradeAtApplication: 'C',
        plan: {
          mode: 'repair',
          resettlement: null,
          areaM2: 58,
          subsidyFen: 1_500_000,
          startOn: '2027-01-04',
          finishBy: '2027-04-20',
          payTo: 'household',
          note: '',
          chosenById: USERS.farmer._id,
          chosenOn: '2026-12-17',
        },
      })
      await col(t.world.store, 'cases').doc(signed._id).set(withoutId(signed))
      const byFarmer = await refusedWithoutChange('application', USERS.farmer._id, plan(signed._id, { subsidyFen: 1_000_000 }))
      expect(byFarmer.code).toBe('INVALID_TRANSITION')
      const bare = await refusedWithoutChange('application', USERS.county._id, {
        ...plan(signed._id),
        action: 'changePlan',
      })
      expect(bare.code).toBe('BAD_INPUT')
      const changed = dataOf(
        await call('application', USERS.county._id, {
          ...plan(signed._id, { subsidyFen: 1_200_000 }),
          action: 'changePlan',
          reason: '复核后屋面改为局部维修',
        }),
      )
      expect(changed).toMatchObject({ state: 'plan_chosen', agreementConfirmedBy: [], plan: { subsidyFen: 1_200_000 } })
      expect(changed.history.at(-1)).toMatchObject({
        event: 'change_plan',
        actorRole: 'county',
        comment: '复核后屋面改为局部维修',
      })
    })

    it('a changed plan is never less than what was already paid', async () => {
      const building = aCase('under_construction', { mode: 'repair', gradeAtApplication: 'C', paidFen: 500_000 })
      await col(t.world.store, 'cases').doc(building._id).set(withoutId(building))
      const error = await refusedWithoutChange('application', USERS.county._id, {
        ...plan(building._id, { subsidyFen: 400_000 }),
        action: 'changePlan',
        reason: '改为局部维修',
      })
      expect(error.message).toContain('已拨付')
    })
  })

  describe('inboxes', () => {
    it('the township’s inbox holds the cases it audits and those waiting on it for a plan, oldest first, with the countdown', async () => {
      const approved = await countyApproved()
      t.world.clock.moveTo('2026-12-14')
      const fresh = dataOf(
        await call('application', USERS.farmer2._id, {
          ...apply,
          houseId: 'house-2',
          mode: 'rebuild',
          targetGroup: 'poor_registered',
        }),
      )
      dataOf(await villageApproves(t.world, call, USERS.villageA2._id, fresh._id))
      const inbox = dataOf(await call('review', USERS.townshipA._id, { action: 'inbox' }))
      expect(inbox.items.map((c: { _id: string; state: string }) => [c._id, c.state])).toEqual([
        [approved, 'county_approved'],
        [fresh._id, 'village_approved'],
      ])
      // County approval noticed through 12-16: 14, 15 and 16 December are left. The village's, posted today, opens
      // tomorrow and runs through 12-21: its five working days, as the board counts them (not six with today).
      expect(inbox.items.map((c: { publicityDaysLeft: number | null }) => c.publicityDaysLeft)).toEqual([3, 5])
      expect(dataOf(await call('review', USERS.townshipA._id, { action: 'counts' })).inbox).toBe(2)
      expect(dataOf(await call('review', USERS.townshipB._id, { action: 'counts' })).inbox).toBe(0)
      expect(dataOf(await call('review', USERS.county._id, { action: 'inbox' })).items).toEqual([])
    })

    it('an inbox flags the campaign deadline of the stage, and when it has passed', async () => {
      await setProfile({ worksCompleteBy: '2027-04-30', resettleBy: '2026-12-15' })
      await countyApproved()
      const [item] = dataOf(await call('review', USERS.townshipA._id, { action: 'inbox' })).items
      expect(item.deadline).toEqual({ label: '放弃改造安置期限', on: '2026-12-15', overdue: true })
    })
  })

  /** The county's profile with campaign deadlines: the version the cases recorded, rewritten for the test. */
  async function setProfile(deadlines: { worksCompleteBy?: string; resettleBy?: string }) {
    const campaignDeadlines = {
      worksCompleteBy: deadlines.worksCompleteBy ?? null,
      giveUpResettledBy: deadlines.resettleBy ?? null,
    }
    for (const id of [LUOZHUANG_2020.id, profileRecordId(PATHS.county, LUOZHUANG_2020.id, 1)]) {
      await col(t.world.store, 'profiles')
        .doc(id)
        .set({
          ...LUOZHUANG_2020,
          campaignDeadlines,
          county: PATHS.county,
          scheme: LUOZHUANG_2020.id,
          publishedById: USERS.admin._id,
          publishedByName: USERS.admin.name,
          publishedAt: '2026-01-01T00:00:00.000Z',
        })
    }
  }
})
