import { pathOf } from '@shared/routes'
import { REPORTS_PER_REPORTER_PER_DAY } from '@shared/domain/hazard'
import { col } from '@shared/usecases/collections'
import { ledgerEntryId } from '@shared/usecases/ledger/open-entry'
import { aStoredFile } from '../../factories/upload.factory'
import { PATHS, snapshot, USERS } from '../../factories/world.factory'
import { dataOf, withWorld, type WorldCall } from '../call'

/** hazard.*: the public channel, called as CloudBase does (OPENID from the context, data as the event). */
describe('the public hazard channel', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)
  const STRANGER = 'wx-stranger-1'

  const photoOf = async (openid: string) =>
    dataOf(await call('hazard', openid, { action: 'registerPhoto', fileId: await aStoredFile(t.world.deps.files) })).id as string
  const report = async (openid: string, extra: Record<string, unknown> = {}) =>
    call('hazard', openid, {
      action: 'report',
      category: 'cracks',
      description: '村东头老宅后墙裂开一道大缝，随时可能倒',
      photoIds: [await photoOf(openid)],
      regionPath: PATHS.villageA1,
      lat: 35.0001,
      lng: 118.3001,
      ...extra,
    })
  const reported = async (openid: string, extra: Record<string, unknown> = {}) => dataOf(await report(openid, extra))
  const stored = (id: string) => col(t.world.store, 'hazard_reports').doc(id).get()
  /** The ledger's own close and second sign-off (销号) are the ledger's actions; here their outcome is written. */
  const closeLedgerEntryOf = (reportId: string) =>
    col(t.world.store, 'ledger_entries')
      .doc(ledgerEntryId({ kind: 'hazard_report', id: reportId }))
      .update({ state: 'closed' })

  it('lets a WeChat user with no record report; routes it to the village and its township; sets the verify deadline', async () => {
    const r = await reported(STRANGER, { anonymous: true })
    const record = (await stored(r.id))!
    expect(record).toMatchObject({
      regionPath: PATHS.villageA1,
      region: { village: PATHS.villageA1, township: PATHS.townshipA, county: PATHS.county },
      villageName: '甲一村',
      status: 'received',
      reporterId: STRANGER,
      reporterName: null,
      location: { source: 'device', lat: 35.0001, lng: 118.3001 },
      // 3 working days after Monday 2026-11-23.
      verifyBy: '2026-11-26',
    })
    expect(await col(t.world.store, 'uploads').doc(record.photoIds[0]!).get()).toMatchObject({
      attachedTo: { collection: 'hazard_reports', id: r.id },
    })
    const inboxA1 = dataOf(await call('hazard', USERS.villageA1._id, { action: 'inbox' }))
    const inboxTownship = dataOf(await call('hazard', USERS.townshipA._id, { action: 'inbox' }))
    const inboxB = dataOf(await call('hazard', USERS.townshipB._id, { action: 'inbox' }))
    expect(inboxA1.items.map((i: { id: string }) => i.id)).toEqual([r.id])
    expect(inboxTownship.items.map((i: { id: string }) => i.id)).toEqual([r.id])
    expect(inboxB.items).toEqual([])
  })

  it('refuses a caller without identity, a township instead of a village, half a position and a phone on an anonymous report', async () => {
    const photo = await photoOf(STRANGER)
    const base = { action: 'report', category: 'roof', description: '屋顶塌了一角，下雨漏水', photoIds: [photo] }
    const before = await snapshot(t.world.store)
    expect(await call('hazard', null, { ...base, regionPath: PATHS.villageA1 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(await call('hazard', STRANGER, { ...base, regionPath: PATHS.townshipA })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到所选村庄，请重新选择' },
    })
    expect(await call('hazard', STRANGER, { ...base, regionPath: PATHS.villageA1, lat: 35 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    })
    const anonymousWithPhone = await call('hazard', STRANGER, {
      ...base,
      regionPath: PATHS.villageA1,
      anonymous: true,
      contactPhone: '13912345678',
    })
    expect(anonymousWithPhone).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('匿名') },
    })
    expect(await snapshot(t.world.store)).toEqual(before)
  })

  it("refuses another person's photo and a photo already on a report", async () => {
    const foreign = await photoOf(USERS.farmer._id)
    const res = await call('hazard', STRANGER, {
      action: 'report',
      category: 'roof',
      description: '屋顶塌了一角，下雨漏水',
      photoIds: [foreign],
      regionPath: PATHS.villageA1,
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '照片无效，请重新上传' } })
    const first = await reported(STRANGER)
    const again = await call('hazard', STRANGER, {
      action: 'report',
      category: 'roof',
      description: '屋顶塌了一角，下雨漏水',
      photoIds: first.photos.map((p: { id: string }) => p.id),
      regionPath: PATHS.villageA1,
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it(`limits one person to ${REPORTS_PER_REPORTER_PER_DAY} reports in 24 hours, with a reason in Chinese`, async () => {
    for (let i = 0; i < REPORTS_PER_REPORTER_PER_DAY; i++) await reported(STRANGER)
    const over = await report(STRANGER)
    expect(over).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('请明天再试') },
    })
    expect(await report('wx-someone-else')).toMatchObject({ ok: true })
    t.world.clock.moveTo('2026-11-25')
    expect(await report(STRANGER)).toMatchObject({ ok: true })
  })

  it('never shows the reporter in public answers, nor to officials when anonymous; officials see a named reporter', async () => {
    const anonymous = await reported(USERS.farmer._id, { anonymous: true })
    const named = await reported(USERS.farmer2._id, { contactPhone: '13987654321' })
    const list = await call('hazard', null, { action: 'publicList', regionPath: PATHS.villageA1 })
    const text = JSON.stringify(list)
    for (const leak of [USERS.farmer._id, USERS.farmer2._id, USERS.farmer.name, USERS.farmer2.name, '13987654321']) {
      expect(text).not.toContain(leak)
    }
    expect(dataOf(list).items).toHaveLength(2)
    const seenAnonymous = dataOf(await call('hazard', USERS.villageA1._id, { action: 'detail', reportId: anonymous.id }))
    expect(seenAnonymous.report).toMatchObject({ anonymous: true, reporterName: null, contactPhone: null })
    expect(JSON.stringify(seenAnonymous)).not.toContain(USERS.farmer.name)
    const seenNamed = dataOf(await call('hazard', USERS.villageA1._id, { action: 'detail', reportId: named.id }))
    expect(seenNamed.report).toMatchObject({ reporterName: USERS.farmer2.name, contactPhone: '13987654321' })
  })

  it('lists a reporter their own reports, anonymous ones too; a caller without identity has none', async () => {
    const a = await reported(STRANGER, { anonymous: true })
    await reported('wx-other')
    const mine = dataOf(await call('hazard', STRANGER, { action: 'mine' }))
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([a.id])
    expect(mine.items[0]).toMatchObject({ anonymous: true, canConfirm: false, canReopen: false })
    expect(dataOf(await call('hazard', null, { action: 'mine' }))).toEqual({ items: [], next: null })
  })

  it('answers NOT_FOUND for a report outside the jurisdiction, as for one that does not exist', async () => {
    const r = await reported(STRANGER)
    for (const as of [USERS.villageB1._id, USERS.townshipB._id, USERS.villageA2._id]) {
      const detail = await call('hazard', as, { action: 'detail', reportId: r.id })
      const update = await call('hazard', as, { action: 'update', reportId: r.id, to: 'verifying', reason: '安排核实' })
      const missing = await call('hazard', as, { action: 'detail', reportId: 'no-such-report' })
      expect([detail, update]).toEqual([missing, missing])
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    expect(await call('hazard', USERS.farmer._id, { action: 'inbox' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('walks received → verifying → in_ledger → resolved, opening the ledger entry and telling the reporter each time', async () => {
    const r = await reported(STRANGER, { anonymous: true })
    const village = USERS.villageA1._id
    const verifying = dataOf(
      await call('hazard', village, { action: 'update', reportId: r.id, to: 'verifying', reason: '已安排上门' }),
    )
    expect(verifying).toMatchObject({ status: 'verifying', moves: ['in_ledger', 'not_hazard'] })
    const skipped = await call('hazard', village, { action: 'update', reportId: r.id, to: 'resolved', reason: '直接办结' })
    expect(skipped).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    const inLedger = dataOf(
      await call('hazard', village, {
        action: 'update',
        reportId: r.id,
        to: 'in_ledger',
        reason: '核实属实，列入台账',
        houseId: 'house-1',
        deadline: '2026-12-31',
      }),
    )
    expect(inLedger).toMatchObject({
      status: 'in_ledger',
      houseId: 'house-1',
      ledgerEntryId: ledgerEntryId({ kind: 'hazard_report', id: r.id }),
    })
    expect(await col(t.world.store, 'ledger_entries').doc(inLedger.ledgerEntryId).get()).toMatchObject({
      source: { kind: 'hazard_report', id: r.id },
      kind: 'hazard',
      houseId: 'house-1',
      householdId: 'hh-1',
      ownerId: USERS.villageA1._id,
      ownerName: USERS.villageA1.name,
      deadline: '2026-12-31',
      state: 'open',
      regionPath: PATHS.villageA1,
    })
    const unsolved = await call('hazard', USERS.townshipA._id, {
      action: 'update',
      reportId: r.id,
      to: 'resolved',
      reason: '已加固',
    })
    expect(unsolved).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: '台账销号后才能标记为已整改' } })
    await closeLedgerEntryOf(r.id)
    dataOf(await call('hazard', USERS.townshipA._id, { action: 'update', reportId: r.id, to: 'resolved', reason: '已加固' }))
    const messages = await col(t.world.store, 'notifications').where({ recipientId: STRANGER }).limit(10).get()
    expect(messages.map((m) => m.fields.state).sort()).toEqual(['已列入台账整改', '已整改', '核实中'].sort())
    expect(messages.every((m) => m.kind === 'hazard_update' && m.page === pathOf('myHazards'))).toBe(true)
    const mine = dataOf(await call('hazard', STRANGER, { action: 'mine' })).items[0]
    expect(mine).toMatchObject({ status: 'resolved', canConfirm: true, canReopen: true })
    expect(mine.history.map((h: { to: string }) => h.to)).toEqual(['received', 'verifying', 'in_ledger', 'resolved'])
  })

  it('opens the ledger entry with the ledger’s default fix deadline (30 calendar days) when none is given; a house elsewhere is NOT_FOUND', async () => {
    const r = await reported(STRANGER)
    const village = USERS.villageA1._id
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'verifying', reason: '已安排上门' })
    const elsewhere = await call('hazard', village, {
      action: 'update',
      reportId: r.id,
      to: 'in_ledger',
      reason: '核实属实',
      houseId: 'house-3',
    })
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const done = dataOf(await call('hazard', village, { action: 'update', reportId: r.id, to: 'in_ledger', reason: '核实属实' }))
    expect(await col(t.world.store, 'ledger_entries').doc(done.ledgerEntryId).get()).toMatchObject({
      deadline: '2026-12-23',
      houseId: null,
      householdId: null,
    })
  })

  it('lets the reporter confirm a fix once, or reopen with a reason; nobody else may', async () => {
    const r = await reported(STRANGER)
    const village = USERS.villageA1._id
    const tooEarly = await call('hazard', STRANGER, { action: 'confirm', reportId: r.id, move: 'confirm' })
    expect(tooEarly).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'not_hazard', reason: '经核实为新建围墙' })
    const noReason = await call('hazard', STRANGER, { action: 'confirm', reportId: r.id, move: 'reopen' })
    expect(noReason).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    const other = await call('hazard', 'wx-other', { action: 'confirm', reportId: r.id, move: 'reopen', reason: '还是有裂缝' })
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    t.world.clock.moveTo('2026-11-30')
    const reopened = dataOf(
      await call('hazard', STRANGER, { action: 'confirm', reportId: r.id, move: 'reopen', reason: '裂缝还在变大' }),
    )
    expect(reopened).toMatchObject({ status: 'verifying' })
    expect(await stored(r.id)).toMatchObject({ verifyBy: '2026-12-03' })
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'in_ledger', reason: '列入台账' })
    await closeLedgerEntryOf(r.id)
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'resolved', reason: '已拆除危墙' })
    const confirmed = dataOf(await call('hazard', STRANGER, { action: 'confirm', reportId: r.id, move: 'confirm' }))
    expect(confirmed).toMatchObject({ status: 'resolved', confirmedOn: '2026-11-30', canConfirm: false })
    const twice = await call('hazard', STRANGER, { action: 'confirm', reportId: r.id, move: 'confirm' })
    expect(twice).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('puts the closed ledger entry back on the ledger when a resolved report is reopened and verified again', async () => {
    const r = await reported(STRANGER)
    const village = USERS.villageA1._id
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'verifying', reason: '上门核实' })
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'in_ledger', reason: '列入台账' })
    await closeLedgerEntryOf(r.id)
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'resolved', reason: '已加固' })
    await call('hazard', STRANGER, { action: 'confirm', reportId: r.id, move: 'reopen', reason: '加固后又裂了' })
    await call('hazard', village, { action: 'update', reportId: r.id, to: 'in_ledger', reason: '再次列入台账' })
    const entry = await col(t.world.store, 'ledger_entries')
      .doc(ledgerEntryId({ kind: 'hazard_report', id: r.id }))
      .get()
    expect(entry).toMatchObject({
      state: 'open',
      closure: null,
      reopenings: [{ byId: village, byName: USERS.villageA1.name, on: '2026-11-23', reason: '再次列入台账' }],
    })
    const early = await call('hazard', village, { action: 'update', reportId: r.id, to: 'resolved', reason: '已加固' })
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('flags a verification overdue after the profile’s working days, oldest first in the inbox', async () => {
    const first = await reported(STRANGER)
    t.world.clock.moveTo('2026-11-25')
    const second = await reported('wx-other')
    t.world.clock.moveTo('2026-11-27')
    const inbox = dataOf(await call('hazard', USERS.villageA1._id, { action: 'inbox' }))
    expect(inbox.items.map((i: { id: string; overdue: boolean }) => [i.id, i.overdue])).toEqual([
      [first.id, true],
      [second.id, false],
    ])
  })

  it('moderates what the public sees: hide, redact, drop and blur photos; suggests and links duplicates', async () => {
    const village = USERS.villageA1._id
    const a = await reported(STRANGER, { description: '老宅后墙开裂，屋主电话13912345678' })
    const near = await reported('wx-other', { lat: 35.0003, lng: 118.3001 })
    const far = await reported('wx-third', { lat: 35.01, lng: 118.3001 })
    const detail = dataOf(await call('hazard', village, { action: 'detail', reportId: near.id }))
    expect(detail.duplicates.map((d: { report: { id: string }; reason: string }) => [d.report.id, d.reason])).toEqual([
      [a.id, 'nearby'],
    ])
    expect(detail.duplicates[0].distanceM).toBeLessThanOrEqual(50)
    expect(detail.duplicates.map((d: { report: { id: string } }) => d.report.id)).not.toContain(far.id)

    const publicOf = async () => dataOf(await call('hazard', null, { action: 'publicList', regionPath: PATHS.villageA1 })).items
    expect((await publicOf()).find((i: { id: string }) => i.id === a.id).description).toContain('139****5678')

    await call('hazard', village, {
      action: 'moderate',
      reportId: a.id,
      op: 'redact',
      text: '老宅后墙开裂',
      reason: '去掉个人信息',
    })
    const photo = (await stored(a.id))!.photoIds[0]!
    await call('hazard', village, { action: 'moderate', reportId: a.id, op: 'blur_photo', photoId: photo, reason: '照片有人脸' })
    let shown = (await publicOf()).find((i: { id: string }) => i.id === a.id)
    expect(shown).toMatchObject({ description: '老宅后墙开裂', photos: [{ id: photo, blurred: true }] })
    await call('hazard', village, { action: 'moderate', reportId: a.id, op: 'drop_photo', photoId: photo, reason: '与房屋无关' })
    shown = (await publicOf()).find((i: { id: string }) => i.id === a.id)
    expect(shown.photos).toEqual([])
    // The officials still see the photo they dropped, marked so, to judge it again.
    expect(dataOf(await call('hazard', village, { action: 'photos', reportId: a.id }))).toEqual([
      { id: photo, url: expect.any(String), blurred: true, dropped: true },
    ])
    const elsewhere = await call('hazard', USERS.villageB1._id, { action: 'photos', reportId: a.id })
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('hazard', null, { action: 'photos', reportId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })

    const dup = dataOf(
      await call('hazard', village, {
        action: 'moderate',
        reportId: near.id,
        op: 'duplicate',
        duplicateOfId: a.id,
        reason: '同一处',
      }),
    )
    expect(dup).toMatchObject({ status: 'duplicate', duplicateOf: a.id, canMarkDuplicate: false })
    const msgs = await col(t.world.store, 'notifications').where({ recipientId: 'wx-other' }).limit(5).get()
    expect(msgs.map((m) => m.fields.state)).toEqual(['重复反映'])

    await call('hazard', village, { action: 'moderate', reportId: far.id, op: 'hide', reason: '内容不实' })
    expect((await publicOf()).map((i: { id: string }) => i.id)).not.toContain(far.id)
    expect(dataOf(await call('hazard', 'wx-third', { action: 'mine' })).items[0]).toMatchObject({ hidden: true })

    const outside = await call('hazard', USERS.villageB1._id, { action: 'moderate', reportId: a.id, op: 'hide', reason: '试试' })
    expect(outside).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it("lists every village's shown reports when no village is named, and refuses a township as the village", async () => {
    const a1 = await reported(STRANGER)
    const b1 = await reported('wx-other', { regionPath: PATHS.villageB1 })
    const hidden = await reported('wx-third')
    await call('hazard', USERS.villageA1._id, { action: 'moderate', reportId: hidden.id, op: 'hide', reason: '内容不实' })
    const all = dataOf(await call('hazard', null, { action: 'publicList' }))
    expect(all.items.map((i: { id: string }) => i.id).sort()).toEqual([a1.id, b1.id].sort())
    expect(await call('hazard', null, { action: 'publicList', regionPath: PATHS.townshipA })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    })
  })

  it('suggests a report on the same house as a duplicate even without a position', async () => {
    const village = USERS.villageA1._id
    const a = await reported(STRANGER, { lat: undefined, lng: undefined })
    const b = await reported('wx-other', { lat: undefined, lng: undefined })
    for (const id of [a.id, b.id]) {
      await call('hazard', village, { action: 'update', reportId: id, to: 'verifying', reason: '上门核实', houseId: 'house-1' })
    }
    const detail = dataOf(await call('hazard', village, { action: 'detail', reportId: b.id }))
    expect(detail.duplicates).toEqual([expect.objectContaining({ reason: 'same_house', distanceM: null })])
    expect(detail.duplicates[0].report.id).toBe(a.id)
  })
})
