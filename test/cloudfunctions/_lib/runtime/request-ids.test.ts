import type { FunctionName } from '@shared/api/contract'
import { api } from '@shared/api'
import { col } from '@shared/usecases/collections'
import { removeExpiredRequests } from '@shared/usecases/remove-expired-requests'
import { verifyAuditLog } from '@shared/usecases/verify-audit'
import { type Send, makeCall } from '../../../../client/services/call-core'
import { FUNCTIONS } from '../../../../cloudfunctions/_lib/runtime/functions'
import { aWorld, USERS, type World } from '../../../factories/world.factory'
import { caller, dataOf } from '../../call'
import { aMeeting, villageApproves } from '../../meeting'
import { anAllocation } from '../../../factories/funds.factory'

const submit = { houseId: 'house-1', targetGroup: 'min_allowance', mode: 'repair', reason: '土坯房墙体开裂，屋顶漏雨' } as const

/** A transport that runs the real handler and then loses the answer: the write committed, the phone never heard. */
function droppingSend(world: World, openid: string, drops: number): { send: Send; sent: number } {
  const state = { send: (async () => undefined) as Send, sent: 0 }
  let left = drops
  state.send = async (fn: FunctionName, body) => {
    state.sent++
    const envelope = await FUNCTIONS.find((f) => f.name === fn)!.run(body, openid, world.deps)
    if (left-- > 0) throw new TypeError('network lost after the write')
    return envelope
  }
  return state
}

const noPause = { sleep: async () => undefined }

describe('request ids: a repeated write changes nothing and gets the first answer', () => {
  let world: World
  let call: ReturnType<typeof caller>
  beforeEach(async () => {
    world = await aWorld('2026-11-23')
    call = caller(world)
  })
  afterEach(() => world.close())

  async function approvedCase(): Promise<string> {
    const c = dataOf(await call('application', USERS.farmer._id, { action: 'submit', ...submit }))
    dataOf(await villageApproves(world, call, USERS.villageA1._id, c._id, '评议通过'))
    world.clock.moveTo('2026-12-01')
    dataOf(await call('review', USERS.townshipA._id, { action: 'decide', caseId: c._id, decision: 'approve', comment: '' }))
    world.clock.moveTo('2026-12-09')
    dataOf(await call('review', USERS.county._id, { action: 'decide', caseId: c._id, decision: 'approve', comment: '' }))
    await anAllocation(world.store, c._id, 1_700_000)
    return c._id
  }

  it('files one case when the answer to "submit" is lost twice and the wrapper retries', async () => {
    const t = droppingSend(world, USERS.farmer._id, 2)
    const created = await makeCall(t.send, noPause)(api.application.submit, { ...submit })
    expect(t.sent).toBe(3)
    const cases = await col(world.store, 'cases').where({ householdId: 'hh-1' }).get()
    expect(cases.map((c) => c._id)).toEqual([created._id])
    expect((await verifyAuditLog(world.store)).entries).toBe(1)
  })

  it('books one payment when the answer to "record" is lost', async () => {
    const caseId = await approvedCase()
    const t = droppingSend(world, USERS.finance._id, 1)
    const input = {
      caseId,
      amountFen: 500_000,
      stage: 'start',
      fundingSource: 'higher_level',
      paidOn: '2026-12-09',
      voucherNo: 'CZ-2026-0001',
    } as const
    const paid = await makeCall(t.send, noPause)(api.payment.record, input)
    expect(t.sent).toBe(2)
    expect(await col(world.store, 'payments').where({ caseId }).count()).toBe(1)
    expect((await col(world.store, 'cases').doc(caseId).get())!.paidFen).toBe(500_000)
    expect(paid.amountFen).toBe(500_000)
  })

  it('makes one decision when the answer to "decide" is lost, and the repeat answers as the first did', async () => {
    const c = dataOf(await call('application', USERS.farmer._id, { action: 'submit', ...submit }))
    const meeting = await aMeeting(world, call, USERS.villageA1._id)
    const body = { action: 'decide', caseId: c._id, decision: 'approve', comment: '评议通过', meeting, requestId: 'tap-decide-1' }
    const first = await call('review', USERS.villageA1._id, body)
    const again = await call('review', USERS.villageA1._id, body)
    expect(again).toEqual(first)
    const stored = await col(world.store, 'cases').doc(c._id).get()
    expect(stored!.history).toHaveLength(2)
    expect(await col(world.store, 'notices').where({ caseId: c._id }).count()).toBe(1)
  })

  it('gives two concurrent calls with one id exactly one change and the same answer', async () => {
    const body = { action: 'submit', ...submit, requestId: 'same-tap-0001' }
    const [a, b] = await Promise.all([call('application', USERS.farmer._id, body), call('application', USERS.farmer._id, body)])
    expect(a).toMatchObject({ ok: true })
    expect(b).toEqual(a)
    expect(await col(world.store, 'cases').where({ householdId: 'hh-1' }).count()).toBe(1)
    expect((await verifyAuditLog(world.store)).entries).toBe(1)
  })

  it('keeps ids apart per caller and per action', async () => {
    const requestId = 'shared-id-0001'
    dataOf(await call('application', USERS.farmer._id, { action: 'submit', ...submit, requestId }))
    const other = await call('application', USERS.farmer2._id, {
      action: 'submit',
      ...submit,
      houseId: 'house-2',
      targetGroup: 'poor_registered',
      mode: 'rebuild',
      requestId,
    })
    expect(other).toMatchObject({ ok: true, data: { householdId: 'hh-2' } })
    expect(await col(world.store, 'requests').count()).toBe(2)
  })

  it('does not keep a refusal: the same id is worked out again and can succeed', async () => {
    const c = dataOf(await call('application', USERS.farmer._id, { action: 'submit', ...submit }))
    const body = { action: 'decide', caseId: c._id, decision: 'return', comment: '', requestId: 'tap-return-1' }
    expect(await call('review', USERS.villageA1._id, body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(await col(world.store, 'requests').count()).toBe(0)
    expect(await call('review', USERS.villageA1._id, { ...body, comment: '缺少房屋照片' })).toMatchObject({ ok: true })
  })

  it.each([['short'], ['has space 123'], [12345678], ['x'.repeat(65)]])(
    'refuses the malformed request id %p with BAD_INPUT',
    async (requestId) => {
      const answer = await call('application', USERS.farmer._id, { action: 'submit', ...submit, requestId })
      expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
      expect(await col(world.store, 'cases').count()).toBe(0)
    },
  )

  it('removes request ids older than the given days, a page at a time', async () => {
    for (const id of ['tap-old-0001', 'tap-old-0002', 'tap-old-0003']) {
      dataOf(await call('user', USERS.farmer._id, { action: 'markRead', ids: ['m-none'], requestId: id }))
    }
    world.clock.moveTo('2026-11-26')
    dataOf(await call('user', USERS.farmer._id, { action: 'markRead', ids: ['m-none'], requestId: 'tap-new-0001' }))
    expect(await removeExpiredRequests(world.deps, { olderThanDays: 2, limit: 2 })).toEqual({ removed: 2, more: true })
    expect(await removeExpiredRequests(world.deps, { olderThanDays: 2, limit: 2 })).toEqual({ removed: 1, more: false })
    expect(await col(world.store, 'requests').count()).toBe(1)
  })
})
