import { auditKey } from '@shared/domain/audit/entry'
import { cmp } from '@shared/ports/document-store'
import { auditedStore, systemActor } from '@shared/store/audited-store'
import { col } from '@shared/usecases/collections'
import { verifyAuditLog } from '@shared/usecases/verify-audit'
import { newId } from '../../../../cloudfunctions/_lib/adapters/ids'
import { USERS, PATHS } from '../../../factories/world.factory'
import { dataOf, withWorld, type WorldCall } from '../../call'
import { villageApproves } from '../../meeting'

const submit = {
  action: 'submit',
  houseId: 'house-1',
  targetGroup: 'min_allowance',
  mode: 'repair',
  reason: '土坯房墙体开裂，屋顶漏雨',
}

describe('the audit trail of writes', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  const entries = () => col(t.world.store, 'audit').orderBy('_id', 'asc').limit(1000).get()

  it('appends one entry per write transaction with actor, call, records and the fields that changed', async () => {
    const c = dataOf(await call('application', USERS.farmer._id, { ...submit, requestId: 'tap-0000001' }))
    const [entry, ...rest] = await entries()
    expect(rest).toHaveLength(0)
    expect(entry).toMatchObject({
      _id: auditKey(1),
      seq: 1,
      actor: { id: USERS.farmer._id, name: '张三', role: 'farmer', openid: USERS.farmer._id },
      call: 'application.submit',
      requestId: 'tap-0000001',
      caseId: c._id,
      householdId: 'hh-1',
    })
    const household = entry!.changes.find((x) => x.collection === 'households')
    expect(household).toEqual({
      collection: 'households',
      id: 'hh-1',
      before: { activeCaseId: null },
      after: { activeCaseId: c._id },
    })
    expect(entry!.changes.find((x) => x.collection === 'cases')).toMatchObject({ id: c._id, before: null })
    expect(await verifyAuditLog(t.world.store)).toEqual({ entries: 1, fault: null })
  })

  it('writes no entry for a refused call or a read', async () => {
    await call('application', USERS.farmer2._id, { ...submit, houseId: 'house-1' })
    await call('application', USERS.farmer._id, { action: 'mine' })
    expect(await entries()).toHaveLength(0)
  })

  it('audits a write a handler makes outside a transaction', async () => {
    const c = dataOf(await call('application', USERS.farmer._id, submit))
    dataOf(await villageApproves(t.world, call, USERS.villageA1._id, c._id, '评议通过'))
    const messages = dataOf(await call('user', USERS.farmer._id, { action: 'messages' }))
    dataOf(await call('user', USERS.farmer._id, { action: 'markRead', ids: [messages.items[0]._id] }))
    const last = (await entries()).at(-1)!
    expect(last).toMatchObject({
      call: 'user.markRead',
      changes: [{ collection: 'notifications', before: { read: false }, after: { read: true } }],
    })
    expect((await verifyAuditLog(t.world.store)).fault).toBeNull()
  })

  it('keeps one linear chain under 50 concurrent writes on the real SQLite store, and verifies it in pages', async () => {
    const stores = Array.from({ length: 50 }, (_, i) =>
      auditedStore(t.world.deps.store, {
        actor: systemActor(),
        call: `job.test${i}`,
        requestId: null,
        requestKey: null,
        now: () => new Date().toISOString(),
        newId,
      }),
    )
    await Promise.all(
      stores.map((s, i) =>
        col(s, 'regions')
          .doc(`${PATHS.townshipB}.${300 + i}`)
          .set({ name: `村${i}`, level: 'village', parent: PATHS.townshipB }),
      ),
    )
    const all = await entries()
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(new Set(all.map((e) => e.call)).size).toBe(50)
    expect(await verifyAuditLog(t.world.store, 7)).toEqual({ entries: 50, fault: null })
  })

  it('records a bulk update as one entry naming the condition, the fields and the count, and claims the request first', async () => {
    const ctx = (requestKey: string | null) => ({
      actor: systemActor(),
      call: 'job.bulk',
      requestId: requestKey,
      requestKey,
      now: () => new Date().toISOString(),
      newId,
    })
    const system = auditedStore(t.world.deps.store, ctx(null))
    await Promise.all(
      [1, 2, 3].map((i) =>
        col(system, 'regions')
          .doc(`${PATHS.townshipB}.${400 + i}`)
          .set({ name: `村${i}`, level: 'village', parent: PATHS.townshipB }),
      ),
    )
    const store = auditedStore(t.world.deps.store, ctx('bulk-0000001'))
    const changed = await col(store, 'regions').updateWhere(
      { parent: PATHS.townshipB, level: cmp.in(['village']) },
      { name: '新村' },
    )
    expect(changed).toBeGreaterThanOrEqual(3)
    const last = (await entries()).at(-1)!
    expect(last).toMatchObject({
      call: 'job.bulk',
      changes: [],
      bulk: [
        {
          collection: 'regions',
          where: { parent: PATHS.townshipB, level: { op: 'in', value: ['village'] } },
          patch: { name: '新村' },
          count: changed,
        },
      ],
    })
    expect(await col(t.world.store, 'requests').doc('bulk-0000001').get()).not.toBeNull()
    expect(await col(store, 'regions').updateWhere({ name: '没有这个村' }, { name: '新村' })).toBe(0)
    expect((await entries()).at(-1)!.seq).toBe(last.seq)
    expect(await verifyAuditLog(t.world.store)).toMatchObject({ fault: null })
  })

  describe('admin.auditTrail', () => {
    it('gives a county official the trail of a case newest first, in pages, with numbers masked', async () => {
      const c = dataOf(await call('application', USERS.farmer._id, submit))
      dataOf(await villageApproves(t.world, call, USERS.villageA1._id, c._id, '评议通过'))
      const system = auditedStore(t.world.deps.store, {
        actor: systemActor(),
        call: 'job.fix',
        requestId: null,
        requestKey: null,
        now: () => new Date().toISOString(),
        newId,
      })
      await col(system, 'cases').doc(c._id).update({ reason: '联系电话13812345678' })
      const first = dataOf(await call('admin', USERS.county._id, { action: 'auditTrail', caseId: c._id, limit: 2 }))
      expect(first.items.map((e: { call: string }) => e.call)).toEqual(['job.fix', 'review.decide'])
      expect(JSON.stringify(first)).not.toContain('13812345678')
      expect(first.items[0].changes[0].after.reason).toBe('联系电话***')
      const second = dataOf(
        await call('admin', USERS.county._id, { action: 'auditTrail', caseId: c._id, limit: 2, after: first.next }),
      )
      expect(second).toMatchObject({ items: [{ call: 'application.submit' }], next: null })
      const household = dataOf(await call('admin', USERS.county._id, { action: 'auditTrail', householdId: 'hh-1', limit: 10 }))
      expect(household.items).toHaveLength(3)
    })

    it('answers only county officials, for one case or one household', async () => {
      const c = dataOf(await call('application', USERS.farmer._id, submit))
      expect(await call('admin', USERS.townshipA._id, { action: 'auditTrail', caseId: c._id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
      expect(await call('admin', USERS.county._id, { action: 'auditTrail' })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      })
      expect(await call('admin', USERS.county._id, { action: 'auditTrail', caseId: 'nope' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    })
  })

  describe('npm run audit:verify finds tampering', () => {
    beforeEach(async () => {
      const c = dataOf(await call('application', USERS.farmer._id, submit))
      dataOf(await villageApproves(t.world, call, USERS.villageA1._id, c._id, '评议通过'))
      dataOf(
        await call('application', USERS.farmer2._id, {
          ...submit,
          houseId: 'house-2',
          targetGroup: 'poor_registered',
          mode: 'rebuild',
        }),
      )
      // The submission, the minutes photo, the village decision, the second submission.
      expect((await entries()).length).toBe(4)
    })

    it('an altered entry', async () => {
      await col(t.world.store, 'audit')
        .doc(auditKey(2))
        .update({ actor: { id: 'u-x', name: '别人', role: 'village', openid: 'u-x' } })
      expect((await verifyAuditLog(t.world.store)).fault).toMatchObject({ kind: 'altered', seq: 2 })
    })

    it('a removed entry', async () => {
      await col(t.world.store, 'audit').doc(auditKey(2)).remove()
      expect((await verifyAuditLog(t.world.store)).fault).toMatchObject({ kind: 'removed', seq: 2 })
    })

    it('reordered entries', async () => {
      const [, second, third] = await entries()
      const { _id: id2, ...body2 } = second!
      const { _id: id3, ...body3 } = third!
      await col(t.world.store, 'audit').doc(id2).set(body3)
      await col(t.world.store, 'audit').doc(id3).set(body2)
      expect((await verifyAuditLog(t.world.store)).fault).toMatchObject({ kind: 'reordered', seq: 2 })
    })
  })
})
