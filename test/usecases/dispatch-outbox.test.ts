import type { Notification } from '@shared/schemas/notification'
import { col, withoutId } from '@shared/usecases/collections'
import { dispatchOutbox, MAX_ATTEMPTS } from '@shared/usecases/dispatch-outbox'
import { outboxRecord } from '@shared/usecases/notify'
import { openSqliteStore } from '../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'

/** The outbox delivers in order, records every attempt, and gives up (keeping the message) after MAX_ATTEMPTS. */
describe('dispatchOutbox', () => {
  const clock = { now: () => new Date('2026-11-23T02:00:00Z') }
  const message = (id: string, at: string) =>
    outboxRecord(id, at, {
      recipientId: 'u1',
      kind: 'funds_arrived',
      title: '补助资金已到账',
      body: '¥5,000.00',
      fields: {},
      page: '/pages/payments/index',
    })

  async function storeWith(...messages: Notification[]) {
    const store = openSqliteStore({ file: ':memory:' })
    for (const m of messages) await col(store, 'notifications').doc(m._id).set(withoutId(m))
    return store
  }

  it('sends pending messages oldest first and marks them sent', async () => {
    const store = await storeWith(message('b', '2026-11-23T01:00:01Z'), message('a', '2026-11-23T01:00:00Z'))
    const sent: string[] = []
    const result = await dispatchOutbox({ store, clock }, { send: async (m) => void sent.push(m._id) })
    expect(result).toEqual({ sent: 2, failed: 0 })
    expect(sent).toEqual(['a', 'b'])
    const stored = await col(store, 'notifications').doc('a').get()
    expect(stored).toMatchObject({ status: 'sent', sentAt: '2026-11-23T02:00:00.000Z' })
    expect(await dispatchOutbox({ store, clock }, { send: async () => undefined })).toEqual({ sent: 0, failed: 0 })
    await store.close()
  })

  it('keeps a message pending after a failed delivery, and marks it failed after the last attempt', async () => {
    const store = await storeWith(message('a', '2026-11-23T01:00:00Z'))
    const refusing = { send: async () => Promise.reject(new Error('errcode 43101: user refused')) }
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      expect(await dispatchOutbox({ store, clock }, refusing)).toEqual({ sent: 0, failed: 1 })
      expect(await col(store, 'notifications').doc('a').get()).toMatchObject({ status: 'pending', attempts: i })
    }
    await dispatchOutbox({ store, clock }, refusing)
    expect(await col(store, 'notifications').doc('a').get()).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastError: 'errcode 43101: user refused',
      read: false,
    })
    await store.close()
  })
})
