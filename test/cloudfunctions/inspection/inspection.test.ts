import { col } from '@shared/usecases/collections'
import { inspectionIdOf } from '@shared/usecases/inspection/campaign-ids'
import { ledgerEntryId } from '@shared/usecases/ledger/open-entry'
import { PATHS, USERS } from '../../factories/world.factory'
import { dataOf, withWorld } from '../call'
import { aPhotoOf, openCampaign, withScopeHouses } from './campaign-fixture'

describe('inspection campaigns', () => {
  const t = withWorld('2026-11-23')
  beforeEach(() => withScopeHouses(t.world))

  const record = (openid: string, campaignId: string, houseId: string, extra: Record<string, unknown> = {}) =>
    t.call('inspection', openid, {
      action: 'record',
      campaignId,
      houseId,
      condition: '墙体无新增裂缝，屋面完好',
      grade: 'A',
      ...extra,
    })

  it('defaults the deadline to the next inspection date of the profile and computes the scope per village', async () => {
    const c = await openCampaign(t.call)
    // 23 November is past 31 October: the next is 30 April of the next year.
    expect(c.deadline).toBe('2027-04-30')
    const progress = dataOf(await t.call('inspection', USERS.county._id, { action: 'progress', campaignId: c._id }))
    const a1 = progress.villages.find((v: { path: string }) => v.path === PATHS.villageA1)
    // hh-1's house (target group) and hh-4's B-grade house; hh-5's A-grade house of no target group is out.
    expect(a1).toMatchObject({ inScope: 2, done: 0, overdue: false })
    expect(progress.villages.map((v: { path: string; inScope: number }) => [v.path, v.inScope])).toEqual([
      [PATHS.villageA1, 2],
      [PATHS.villageA2, 1],
      [PATHS.villageB1, 1],
    ])
    expect(progress.townships).toEqual([
      expect.objectContaining({ path: PATHS.townshipA, inScope: 3, done: 0 }),
      expect.objectContaining({ path: PATHS.townshipB, inScope: 1, done: 0 }),
    ])
    const todo = dataOf(await t.call('inspection', USERS.villageA1._id, { action: 'todo', campaignId: c._id }))
    expect(todo.items.map((i: { houseId: string; reasons: string[] }) => [i.houseId, i.reasons])).toEqual(
      expect.arrayContaining([
        ['house-1', ['target_group']],
        ['house-4', ['b_grade']],
      ]),
    )
    expect(todo.items).toHaveLength(2)
  })

  it('puts a house with an open ledger entry in scope, and refuses a second campaign with the same deadline', async () => {
    const first = await openCampaign(t.call, { deadline: '2026-12-31' })
    dataOf(await record(USERS.villageA1._id, first._id, 'house-5', { problem: '后墙根基下沉' }))
    const second = await openCampaign(t.call)
    const todo = dataOf(await t.call('inspection', USERS.villageA1._id, { action: 'todo', campaignId: second._id }))
    expect(todo.items.find((i: { houseId: string }) => i.houseId === 'house-5')).toMatchObject({ reasons: ['ledger'] })
    const again = await t.call('inspection', USERS.county._id, { action: 'openCampaign', deadline: '2026-12-31' })
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    const past = await t.call('inspection', USERS.county._id, { action: 'openCampaign', deadline: '2026-11-01' })
    expect(past).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('records a house with its photos: progress, the whole-life record and a ledger entry for a problem', async () => {
    const c = await openCampaign(t.call)
    const photo = await aPhotoOf(t.world, t.call, USERS.villageA1._id)
    const done = dataOf(
      await record(USERS.villageA1._id, c._id, 'house-1', {
        grade: 'C',
        problem: '东墙开裂，宽约5毫米',
        photos: [{ id: photo, takenAt: '2026-11-23T02:00:00.000Z', latitude: 35.05, longitude: 118.3 }],
      }),
    )
    expect(done).toMatchObject({
      state: 'done',
      inScope: true,
      ledgerEntryId: ledgerEntryId({ kind: 'inspection', id: done._id }),
    })
    expect(done.result.photos).toEqual([{ id: photo, takenAt: '2026-11-23T02:00:00.000Z', latitude: 35.05, longitude: 118.3 }])
    const entry = await col(t.world.store, 'ledger_entries').doc(done.ledgerEntryId).get()
    expect(entry).toMatchObject({
      kind: 'hazard',
      problem: '东墙开裂，宽约5毫米',
      state: 'open',
      houseId: 'house-1',
      deadline: '2026-12-23',
    })
    expect((await col(t.world.store, 'uploads').doc(photo).get())?.attachedTo).toEqual({
      collection: 'inspections',
      id: done._id,
    })
    const house = await col(t.world.store, 'houses').doc('house-1').get()
    expect(house?.inspections.at(-1)).toMatchObject({
      on: '2026-11-23',
      by: USERS.villageA1.name,
      grade: 'C',
      inspectionId: done._id,
    })

    const progress = dataOf(await t.call('inspection', USERS.townshipA._id, { action: 'progress', campaignId: c._id }))
    expect(progress.villages.map((v: { path: string; done: number }) => [v.path, v.done])).toEqual([
      [PATHS.villageA1, 1],
      [PATHS.villageA2, 0],
    ])
    const todo = dataOf(await t.call('inspection', USERS.villageA1._id, { action: 'todo', campaignId: c._id }))
    expect(todo.items.map((i: { houseId: string }) => i.houseId)).toEqual(['house-4'])
    const twice = await record(USERS.villageA1._id, c._id, 'house-1')
    expect(twice).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('a B grade opens a monitoring entry; an A grade with no problem opens none; out of scope counts for nobody', async () => {
    const c = await openCampaign(t.call)
    const b = dataOf(await record(USERS.villageA1._id, c._id, 'house-4', { grade: 'B' }))
    expect(await col(t.world.store, 'ledger_entries').doc(b.ledgerEntryId).get()).toMatchObject({
      kind: 'monitoring',
      deadline: '2027-04-30',
    })
    const a = dataOf(await record(USERS.villageA1._id, c._id, 'house-5'))
    expect(a).toMatchObject({ inScope: false, ledgerEntryId: null })
    const progress = dataOf(await t.call('inspection', USERS.villageA1._id, { action: 'progress', campaignId: c._id }))
    expect(progress.villages).toEqual([expect.objectContaining({ path: PATHS.villageA1, inScope: 2, done: 1 })])
    expect(await col(t.world.store, 'inspections').doc(inspectionIdOf(c._id, 'house-5')).get()).toMatchObject({ inScope: false })
  })

  it('flags a campaign and its late villages overdue once the deadline passed with houses left', async () => {
    const c = await openCampaign(t.call, { deadline: '2026-11-30' })
    dataOf(await record(USERS.villageA1._id, c._id, 'house-1'))
    dataOf(await record(USERS.villageA1._id, c._id, 'house-4'))
    t.world.clock.moveTo('2026-12-01')
    const progress = dataOf(await t.call('inspection', USERS.county._id, { action: 'progress', campaignId: c._id }))
    expect(progress.campaign.overdue).toBe(true)
    expect(progress.villages.map((v: { path: string; overdue: boolean }) => [v.path, v.overdue])).toEqual([
      [PATHS.villageA1, false],
      [PATHS.villageA2, true],
      [PATHS.villageB1, true],
    ])
    const list = dataOf(await t.call('inspection', USERS.villageA1._id, { action: 'campaigns' }))
    expect(list.items).toEqual([expect.objectContaining({ _id: c._id, inScope: 2, done: 2, overdue: false })])
  })

  it("keeps officials to their jurisdiction: another village's house is NOT_FOUND, and so is another's photo", async () => {
    const c = await openCampaign(t.call)
    expect(await record(USERS.villageA1._id, c._id, 'house-3')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const foreign = await aPhotoOf(t.world, t.call, USERS.villageB1._id)
    const res = await record(USERS.villageA1._id, c._id, 'house-1', {
      photos: [{ id: foreign, takenAt: '2026-11-23T02:00:00.000Z' }],
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    const outside = await t.call('inspection', USERS.townshipB._id, { action: 'houseRecord', houseId: 'house-1' })
    expect(outside).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it("answers another county's campaign as one that does not exist", async () => {
    const c = await openCampaign(t.call)
    const theirs = {
      ...(await col(t.world.store, 'campaigns').doc(c._id).get())!,
      regionPath: '371312',
      region: { county: '371312' },
    }
    const { _id, ...rest } = theirs
    await col(t.world.store, 'campaigns').doc('camp-371312-20270430').set(rest)
    for (const [openid, action] of [
      [USERS.county._id, 'progress'],
      [USERS.villageA1._id, 'todo'],
    ] as const) {
      const res = await t.call('inspection', openid, { action, campaignId: 'camp-371312-20270430' })
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    void _id
  })

  it("shows the house's whole-life record: grades, inspections and ledger entries", async () => {
    const c = await openCampaign(t.call)
    dataOf(await record(USERS.villageA1._id, c._id, 'house-1', { grade: 'C', problem: '屋面漏雨' }))
    const view = dataOf(await t.call('inspection', USERS.townshipA._id, { action: 'houseRecord', houseId: 'house-1' }))
    expect(view.house.grades.map((g: { grade: string }) => g.grade)).toEqual(['C'])
    expect(view.inspections).toHaveLength(1)
    expect(view.ledger).toEqual([expect.objectContaining({ problem: '屋面漏雨', state: 'open', overdue: false })])
    expect(view.hazardReports).toEqual([])
  })
})
