import { EXPORT_HEADER } from '@shared/usecases/ledger/export-ledger'
import { col } from '@shared/usecases/collections'
import { USERS } from '../../factories/world.factory'
import { aUser } from '../../factories/user.factory'
import { withoutId } from '@shared/usecases/collections'
import { dataOf, withWorld } from '../call'
import { aPhotoOf, openCampaign, withScopeHouses } from '../inspection/campaign-fixture'
import { sheetRows, unzip } from '../../usecases/ledger/read-xlsx'

/** A second official of village A1, so a close can be confirmed inside the village. */
const SECOND = aUser({
  _id: 'u-village-a1-2',
  name: '孙村',
  role: 'village',
  regionPath: '371311.101.201',
  householdId: undefined,
})

describe('the ledger (工作台账) and 销号', () => {
  const t = withWorld('2026-11-23')
  beforeEach(async () => {
    await withScopeHouses(t.world)
    await col(t.world.store, 'users').doc(SECOND._id).set(withoutId(SECOND))
  })

  /** An entry opened by an inspection of house-1 that found a problem. */
  async function anEntry(problem = '东墙开裂'): Promise<string> {
    const c = await openCampaign(t.call)
    const done = dataOf(
      await t.call('inspection', USERS.villageA1._id, {
        action: 'record',
        campaignId: c._id,
        houseId: 'house-1',
        condition: '东墙有裂缝',
        grade: 'C',
        problem,
      }),
    )
    return done.ledgerEntryId as string
  }
  const close = async (openid: string, entryId: string, photoIds?: string[]) =>
    t.call('ledger', openid, {
      action: 'close',
      entryId,
      measure: '墙体加固，裂缝灌浆修补',
      photoIds: photoIds ?? [await aPhotoOf(t.world, t.call, openid)],
    })
  const confirm = (openid: string, entryId: string, accept = true, reason = '') =>
    t.call('ledger', openid, { action: 'confirmClose', entryId, accept, reason })

  it('refuses a close without photos, and one the closer confirms; a second official closes it (销号)', async () => {
    const id = await anEntry()
    const bare = await close(USERS.villageA1._id, id, [])
    expect(bare).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '销号需上传整改后的照片作为佐证' } })
    expect(dataOf(await close(USERS.villageA1._id, id))).toMatchObject({
      state: 'closing',
      closure: { byId: USERS.villageA1._id },
    })
    expect(await close(USERS.villageA1._id, id)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    const self = await confirm(USERS.villageA1._id, id)
    expect(self).toMatchObject({ ok: false, error: { code: 'SECOND_OFFICIAL_REQUIRED' } })
    expect((await col(t.world.store, 'ledger_entries').doc(id).get())?.state).toBe('closing')
    const closed = dataOf(await confirm(SECOND._id, id))
    expect(closed).toMatchObject({ state: 'closed', confirmation: { byId: SECOND._id, on: '2026-11-23' } })
  })

  it('a township official may confirm; a refusal needs a reason and sends the entry back to open', async () => {
    const id = await anEntry()
    dataOf(await close(USERS.villageA1._id, id))
    expect(await confirm(USERS.townshipA._id, id, false)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    const back = dataOf(await confirm(USERS.townshipA._id, id, false, '照片看不出裂缝已修补'))
    expect(back).toMatchObject({ state: 'open', closure: null })
    expect(back.reopenings).toEqual([
      expect.objectContaining({ byId: USERS.townshipA._id, reason: '复核未通过：照片看不出裂缝已修补' }),
    ])
  })

  it('reopens only a closed entry, with a reason and a new deadline', async () => {
    const id = await anEntry()
    const reopen = () => t.call('ledger', USERS.townshipA._id, { action: 'reopen', entryId: id, reason: '雨后裂缝再次出现' })
    expect(await reopen()).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    dataOf(await close(USERS.villageA1._id, id))
    dataOf(await confirm(SECOND._id, id))
    t.world.clock.moveTo('2027-01-10')
    const open = dataOf(await reopen())
    expect(open).toMatchObject({ state: 'open', closure: null, confirmation: null, deadline: '2027-02-09', overdue: false })
    // The closer of the first round may confirm a later round closed by someone else.
    dataOf(await close(SECOND._id, id))
    expect(dataOf(await confirm(USERS.villageA1._id, id)).state).toBe('closed')
  })

  it('lists oldest first, filters by state and overdue, and stays inside the jurisdiction', async () => {
    const first = await anEntry()
    const c = dataOf(await t.call('inspection', USERS.villageA1._id, { action: 'campaigns' })).items[0]._id
    dataOf(
      await t.call('inspection', USERS.villageA1._id, {
        action: 'record',
        campaignId: c,
        houseId: 'house-4',
        condition: '外墙轻微风化',
        grade: 'B',
      }),
    )
    const all = dataOf(await t.call('ledger', USERS.villageA1._id, { action: 'list' }))
    expect(all.items.map((e: { _id: string }) => e._id)[0]).toBe(first)
    expect(all.items).toHaveLength(2)
    dataOf(await close(USERS.villageA1._id, first))
    const closing = dataOf(await t.call('ledger', USERS.townshipA._id, { action: 'list', state: 'closing' }))
    expect(closing.items.map((e: { _id: string }) => e._id)).toEqual([first])
    expect(dataOf(await t.call('ledger', USERS.townshipB._id, { action: 'list' })).items).toEqual([])
    t.world.clock.moveTo('2026-12-24')
    const overdue = dataOf(await t.call('ledger', USERS.county._id, { action: 'list', overdue: true }))
    expect(overdue.items.map((e: { _id: string; overdue: boolean }) => [e._id, e.overdue])).toEqual([[first, true]])
  })

  it('exports the ledger as an .xlsx that reads back with a header and one row per entry', async () => {
    const id = await anEntry('屋面 <漏雨> & 檩条腐朽')
    const out = dataOf(await t.call('ledger', USERS.townshipA._id, { action: 'export' }))
    expect(out).toMatchObject({ rows: 1, truncated: false, fileName: '甲镇工作台账-2026-11-23.xlsx' })
    const rows = sheetRows(unzip(Buffer.from(out.base64, 'base64')))
    expect(rows[0]).toEqual(EXPORT_HEADER)
    expect(rows[1]!.slice(0, 9)).toEqual([
      '1',
      '甲一村',
      '屋面 <漏雨> & 檩条腐朽',
      '隐患整改',
      '排查',
      USERS.villageA1.name,
      '2026-11-23',
      '2026-12-23',
      '待整改',
    ])
    expect(id).toMatch(/^ledger-inspection-/)
    const none = dataOf(await t.call('ledger', USERS.townshipB._id, { action: 'export' }))
    expect(none.rows).toBe(0)
  })

  it('starts an application on behalf of an eligible household from its entry, and keeps the case on the entry', async () => {
    const id = await anEntry()
    const start = (entryId: string) =>
      t.call('ledger', USERS.villageA1._id, {
        action: 'startApplication',
        entryId,
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '排查发现东墙开裂，申请危房改造',
      })
    const c = dataOf(await start(id))
    expect(c).toMatchObject({ householdId: 'hh-1', houseId: 'house-1', state: 'submitted' })
    expect((await col(t.world.store, 'ledger_entries').doc(id).get())?.caseId).toBe(c._id)
    expect(await start(id)).toMatchObject({ ok: false, error: { code: 'DUPLICATE_CASE' } })
    const outsider = await t.call('ledger', USERS.villageB1._id, {
      action: 'startApplication',
      entryId: id,
      targetGroup: 'min_allowance',
      mode: 'repair',
      reason: '排查发现东墙开裂，申请危房改造',
    })
    expect(outsider).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses an application for a household the policy does not cover', async () => {
    const c = await openCampaign(t.call)
    const done = dataOf(
      await t.call('inspection', USERS.villageA1._id, {
        action: 'record',
        campaignId: c._id,
        houseId: 'house-5',
        condition: '墙体开裂',
        grade: 'A',
        problem: '院墙倾斜',
      }),
    )
    const res = await t.call('ledger', USERS.villageA1._id, {
      action: 'startApplication',
      entryId: done.ledgerEntryId,
      targetGroup: 'min_allowance',
      mode: 'repair',
      reason: '院墙倾斜，申请改造',
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } })
  })
})
