import type { CaseState } from '@shared/schemas/application'
import { col, withoutId } from '@shared/usecases/collections'
import { ledgerEntryId } from '@shared/usecases/ledger/open-entry'
import { aCase } from '../../factories/case.factory'
import { aStoredFile, PDF_BYTES } from '../../factories/upload.factory'
import { aUser } from '../../factories/user.factory'
import { PATHS, snapshot, USERS } from '../../factories/world.factory'
import { dataOf, withWorld, type WorldCall } from '../call'

/** appraisal.order / inbox / record / exempt, called as CloudBase does, over the small county of world.factory.ts. */
describe('appraisal (房屋危险性等级鉴定)', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  const OTHER_APPRAISER = aUser({ _id: 'u-appraiser-2', name: '卫工', role: 'appraiser', regionPath: PATHS.county })
  const FOREIGN_APPRAISER = aUser({ _id: 'u-appraiser-x', name: '外工', role: 'appraiser', regionPath: '371312' })
  const FOREIGN_COUNTY = aUser({ _id: 'u-county-x', name: '外县', role: 'county', regionPath: '371312' })
  beforeEach(async () => {
    for (const u of [OTHER_APPRAISER, FOREIGN_APPRAISER, FOREIGN_COUNTY]) {
      await col(t.world.store, 'users').doc(u._id).set(withoutId(u))
    }
  })

  const order = (input: Record<string, unknown>, by = USERS.county._id) =>
    call('appraisal', by, { action: 'order', appraiserId: USERS.appraiser._id, dueOn: '2026-12-20', ...input })
  const orderOne = async (houseId = 'house-1') => dataOf(await order({ houseIds: [houseId] })).ordered[0]._id as string
  const upload = async (openid: string, kind: 'photo' | 'document' = 'photo') => {
    const fileId = await aStoredFile(t.world.deps.files, kind === 'document' ? PDF_BYTES() : undefined)
    return dataOf(await call('user', openid, { action: 'registerUpload', fileId, kind })).id as string
  }
  const recordInput = async (appraisalId: string, grade: string, by = USERS.appraiser._id) => ({
    action: 'record',
    appraisalId,
    grade,
    on: '2026-11-23',
    reportFileId: await upload(by, 'document'),
    photos: [
      { uploadId: await upload(by), place: '东山墙', takenAt: '2026-11-23T02:00:00.000Z', latitude: 35.0, longitude: 118.3 },
    ],
    note: '墙体多处贯通裂缝',
  })
  const record = async (appraisalId: string, grade: string, by = USERS.appraiser._id) =>
    call('appraisal', by, await recordInput(appraisalId, grade, by))
  const openCase = async (state: CaseState, extra: Record<string, unknown> = {}) => {
    const c = aCase(state, { _id: 'case-1', filedOn: '2026-09-01', ...extra })
    await col(t.world.store, 'cases').doc(c._id).set(withoutId(c))
    await col(t.world.store, 'households').doc(c.householdId).update({ activeCaseId: c._id })
    return c
  }
  const caseNow = async () => (await col(t.world.store, 'cases').doc('case-1').get())!
  const house = async (id = 'house-1') => (await col(t.world.store, 'houses').doc(id).get())!
  const inbox = async (by = USERS.appraiser._id) => dataOf(await call('appraisal', by, { action: 'inbox' }))

  describe('order', () => {
    it('the county orders one house for an appraiser of the county; it waits in that appraiser’s inbox', async () => {
      const id = await orderOne()
      const a = (await col(t.world.store, 'appraisals').doc(id).get())!
      expect(a).toMatchObject({ state: 'ordered', houseId: 'house-1', householdId: 'hh-1', headName: '张三' })
      expect(a).toMatchObject({ appraiserId: USERS.appraiser._id, orderedById: USERS.county._id, dueOn: '2026-12-20' })
      expect((await house()).openAppraisalId).toBe(id)
      expect((await inbox()).items.map((i: { _id: string }) => i._id)).toEqual([id])
      expect((await inbox(OTHER_APPRAISER._id)).items).toEqual([])
    })

    it('the inbox lists the oldest order first, in pages, and flags an order overdue after its due date', async () => {
      const first = await orderOne('house-1')
      t.world.clock.moveTo('2026-11-24')
      const second = dataOf(await order({ houseIds: ['house-2'], dueOn: '2026-11-30' })).ordered[0]._id
      t.world.clock.moveTo('2026-12-01')
      const page1 = dataOf(await call('appraisal', USERS.appraiser._id, { action: 'inbox', limit: 1 }))
      expect(page1.items.map((i: { _id: string }) => i._id)).toEqual([first])
      expect(page1.items[0].overdue).toBe(false)
      const page2 = dataOf(await call('appraisal', USERS.appraiser._id, { action: 'inbox', limit: 1, after: page1.next }))
      expect(page2).toMatchObject({ items: [{ _id: second, overdue: true }], next: null })
    })

    it('orders a batch: the target-group households of a village, or named households with the unknown names answered', async () => {
      const village = dataOf(await order({ villagePath: PATHS.villageA2 }))
      expect(village.ordered.map((o: { houseId: string }) => o.houseId)).toEqual(['house-2'])
      const named = dataOf(await order({ villagePath: PATHS.villageA1, householdNames: ['张三', '无此人'] }))
      expect(named.ordered.map((o: { houseId: string }) => o.houseId)).toEqual(['house-1'])
      expect(named.unmatched).toEqual(['无此人'])
      expect(named.batchId).not.toBe(village.batchId)
    })

    it('skips a house whose earlier order is still open', async () => {
      const first = await orderOne('house-1')
      const again = dataOf(await order({ houseIds: ['house-1', 'house-2'] }))
      expect(again.skipped).toEqual([{ houseId: 'house-1', headName: '张三', reason: '已有未完成的鉴定委托' }])
      expect(again.ordered.map((o: { houseId: string }) => o.houseId)).toEqual(['house-2'])
      expect((await house()).openAppraisalId).toBe(first)
    })

    it('jurisdiction: a house or an appraiser outside the county answers NOT_FOUND; only the county orders', async () => {
      const before = await snapshot(t.world.store)
      expect(await order({ houseIds: ['house-1'] }, FOREIGN_COUNTY._id)).toMatchObject({ error: { code: 'NOT_FOUND' } })
      expect(await order({ houseIds: ['house-1'], appraiserId: FOREIGN_APPRAISER._id })).toMatchObject({
        error: { code: 'NOT_FOUND' },
      })
      expect(await order({ houseIds: ['house-1'], appraiserId: USERS.finance._id })).toMatchObject({
        error: { code: 'NOT_FOUND' },
      })
      expect(await order({ houseIds: ['house-1'] }, USERS.townshipA._id)).toMatchObject({ error: { code: 'FORBIDDEN' } })
      expect(await order({ houseIds: ['house-1'], dueOn: '2026-11-20' })).toMatchObject({ error: { code: 'BAD_INPUT' } })
      expect(await snapshot(t.world.store)).toEqual(before)
    })
  })

  describe('record', () => {
    it('every grade is added to the house’s whole-life record, with its report; the order leaves the inbox', async () => {
      const id = await orderOne()
      const res = dataOf(await record(id, 'D'))
      expect(res.appraisal).toMatchObject({ state: 'recorded', result: { grade: 'D', on: '2026-11-23', byName: '韩工' } })
      expect(res.appraisal.result.photos).toEqual([
        expect.objectContaining({ place: '东山墙', takenAt: '2026-11-23T02:00:00.000Z', latitude: 35, longitude: 118.3 }),
      ])
      const h = await house()
      expect(h.grades.map((g) => g.grade)).toEqual(['C', 'D'])
      expect(h.grades[1]).toMatchObject({
        on: '2026-11-23',
        by: '韩工',
        reportFileId: res.appraisal.result.reportFileId,
        appraisalId: id,
      })
      expect(h.openAppraisalId).toBeNull()
      const report = await col(t.world.store, 'uploads').doc(res.appraisal.result.reportFileId).get()
      expect(report?.attachedTo).toEqual({ collection: 'appraisals', id })
      expect((await inbox()).items).toEqual([])
    })

    it('only the assigned appraiser records: another appraiser of the county is refused, one of another county finds nothing', async () => {
      const id = await orderOne()
      expect(await record(id, 'C', OTHER_APPRAISER._id)).toMatchObject({ error: { code: 'FORBIDDEN' } })
      expect(await record(id, 'C', FOREIGN_APPRAISER._id)).toMatchObject({ error: { code: 'NOT_FOUND' } })
      expect((await col(t.world.store, 'appraisals').doc(id).get())?.state).toBe('ordered')
      expect((await house()).grades).toHaveLength(1)
    })

    it('records once, not in the future, and only with the appraiser’s own report and photos', async () => {
      const id = await orderOne()
      const future = { ...(await recordInput(id, 'C')), on: '2026-11-24' }
      expect(await call('appraisal', USERS.appraiser._id, future)).toMatchObject({ error: { code: 'BAD_INPUT' } })
      const foreign = { ...(await recordInput(id, 'C')), reportFileId: await upload(USERS.county._id, 'document') }
      expect(await call('appraisal', USERS.appraiser._id, foreign)).toMatchObject({
        error: { code: 'BAD_INPUT', details: { field: 'reportFileId' } },
      })
      const pdfAsPhoto = await recordInput(id, 'C')
      pdfAsPhoto.photos[0]!.uploadId = await upload(USERS.appraiser._id, 'document')
      expect(await call('appraisal', USERS.appraiser._id, pdfAsPhoto)).toMatchObject({
        error: { code: 'BAD_INPUT', details: { field: 'photos' } },
      })
      dataOf(await record(id, 'C'))
      expect(await record(id, 'D')).toMatchObject({ error: { code: 'INVALID_TRANSITION' } })
    })

    it.each(['A', 'B'])('an %s grade ends the open case as not eligible with the reason (found_safe)', async (grade) => {
      await openCase('township_approved')
      const res = dataOf(await record(await orderOne(), grade))
      expect(res).toMatchObject({ caseId: 'case-1', caseState: 'ineligible' })
      const c = await caseNow()
      expect(c).toMatchObject({ state: 'ineligible', appraisedGrade: grade })
      expect(c.history.at(-1)).toMatchObject({ event: 'found_safe', actorRole: 'appraiser' })
      expect(c.history.at(-1)?.comment).toContain(`${grade}级`)
      expect((await col(t.world.store, 'households').doc('hh-1').get())?.activeCaseId).toBeNull()
      const told = await col(t.world.store, 'notifications').where({ recipientId: USERS.farmer._id }).limit(10).get()
      expect(told.length).toBeGreaterThan(0)
    })

    it('a B grade opens a dynamic-monitoring entry on the ledger; A and C do not', async () => {
      const b = dataOf(await record(await orderOne('house-1'), 'B'))
      expect(b.monitoringEntryId).toBe(ledgerEntryId({ kind: 'appraisal', id: b.appraisal._id }))
      const entry = await col(t.world.store, 'ledger_entries').doc(b.monitoringEntryId).get()
      expect(entry).toMatchObject({
        kind: 'monitoring',
        source: { kind: 'appraisal', id: b.appraisal._id },
        houseId: 'house-1',
        state: 'open',
        ownerId: USERS.county._id,
        deadline: '2027-04-30',
      })
      const c = dataOf(await record(await orderOne('house-2'), 'C'))
      expect(c.monitoringEntryId).toBeNull()
      expect(await col(t.world.store, 'ledger_entries').where({ houseId: 'house-2' }).limit(5).get()).toEqual([])
    })

    it('a C or D grade is written to the open case, which goes on', async () => {
      await openCase('submitted', { gradeAtApplication: 'C' })
      const res = dataOf(await record(await orderOne(), 'D'))
      expect(res).toMatchObject({ caseId: 'case-1', caseState: 'submitted' })
      expect(await caseNow()).toMatchObject({ state: 'submitted', appraisedGrade: 'D' })
    })

    it('the county may approve a case only once its house is appraised C or D (house_eligible reads the recorded grade)', async () => {
      await openCase('township_approved', { appraisedGrade: null })
      const approve = () => call('review', USERS.county._id, { action: 'decide', caseId: 'case-1', decision: 'approve' })
      expect(await approve()).toMatchObject({ ok: false, error: { code: 'NOT_APPRAISED' } })
      dataOf(await record(await orderOne(), 'D'))
      expect(dataOf(await approve())).toMatchObject({ state: 'county_approved', appraisedGrade: 'D' })
    })

    it('a county-approved case keeps its state and grade; the house record still takes the grade', async () => {
      const before = await openCase('county_approved')
      const res = dataOf(await record(await orderOne(), 'A'))
      expect(res).toMatchObject({ caseId: null, caseState: null })
      expect(await caseNow()).toEqual(before)
      expect((await house()).grades.at(-1)?.grade).toBe('A')
    })
  })

  describe('exempt (免鉴定)', () => {
    const exempt = async (by = USERS.townshipA._id, houseId = 'house-1') =>
      call('appraisal', by, {
        action: 'exempt',
        houseId,
        reason: 'renovated_since_2018',
        paperIds: [await upload(by, 'document')],
        note: '2019年改造竣工验收合格',
      })

    it('exemption: the township accepts acceptance papers; the house is proven safe, an open order ends, the case ends not eligible', async () => {
      await openCase('village_approved')
      const ordered = await orderOne()
      const res = dataOf(await exempt())
      expect(res.appraisal).toMatchObject({
        _id: ordered,
        state: 'exempted',
        exemption: { reason: 'renovated_since_2018', byName: '周镇', on: '2026-11-23' },
      })
      expect(res).toMatchObject({ caseId: 'case-1', caseState: 'ineligible', monitoringEntryId: null })
      const c = await caseNow()
      expect(c.history.at(-1)).toMatchObject({ event: 'found_safe', actorRole: 'township' })
      expect(c.history.at(-1)?.comment).toContain('2018年以来已改造')
      const h = await house()
      expect(h.safetyProofs).toEqual([{ reason: 'renovated_since_2018', on: '2026-11-23', by: '周镇', appraisalId: ordered }])
      expect(h.openAppraisalId).toBeNull()
      expect((await inbox()).items).toEqual([])
    })

    it('an exemption without an order is a record of its own', async () => {
      const res = dataOf(await exempt())
      expect(res.appraisal).toMatchObject({ state: 'exempted', orderedById: null, appraiserId: null, houseId: 'house-1' })
      expect(res.caseId).toBeNull()
      expect(await col(t.world.store, 'appraisals').doc(res.appraisal._id).get()).toEqual(res.appraisal)
    })

    it('jurisdiction: another township’s house answers NOT_FOUND and changes nothing', async () => {
      const before = await snapshot(t.world.store)
      const paper = await upload(USERS.townshipB._id, 'document')
      const res = await call('appraisal', USERS.townshipB._id, {
        action: 'exempt',
        houseId: 'house-1',
        reason: 'relocated_flat',
        paperIds: [paper],
      })
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect((await house()).safetyProofs).toEqual([])
      expect((await snapshot(t.world.store)).appraisals).toEqual(before.appraisals)
    })
  })

  describe('detail', () => {
    it('shows the order and the house record to the appraiser and the township; another township finds nothing', async () => {
      const id = await orderOne()
      const seen = dataOf(await call('appraisal', USERS.appraiser._id, { action: 'detail', appraisalId: id }))
      expect(seen).toMatchObject({ appraisal: { _id: id }, house: { _id: 'house-1' } })
      expect(await call('appraisal', USERS.townshipA._id, { action: 'detail', appraisalId: id })).toMatchObject({ ok: true })
      expect(await call('appraisal', USERS.townshipB._id, { action: 'detail', appraisalId: id })).toMatchObject({
        error: { code: 'NOT_FOUND' },
      })
    })

    it('lists the county’s appraisers for the order form', async () => {
      const res = dataOf(await call('appraisal', USERS.county._id, { action: 'appraisers' }))
      expect(res.items.map((u: { _id: string }) => u._id).sort()).toEqual([USERS.appraiser._id, OTHER_APPRAISER._id].sort())
    })
  })
})
