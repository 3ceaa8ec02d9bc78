import { col } from '@shared/usecases/collections'
import { BACKOFF_MS, CLAIM_MS, dispatchOutbox, MAX_ATTEMPTS } from '@shared/usecases/dispatch-outbox'
import { aJobWorld, aPendingMessage, aRecordingSender, queue } from '../factories/jobs.factory'

/** The outbox delivers due messages in order, backs off after a failure, and gives up after MAX_ATTEMPTS. */
describe('dispatchOutbox', () => {
  it('sends due messages oldest first and marks them sent', async () => {
    const world = aJobWorld()
    await queue(world.deps, aPendingMessage('b', '2026-11-23T01:00:01.000Z'), aPendingMessage('a', '2026-11-23T01:00:00.000Z'))
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ due: 2, sent: 2, retrying: 0, failed: 0 })
    expect(world.sender.sent).toEqual(['a', 'b'])
    expect(await col(world.deps.store, 'notifications').doc('a').get()).toMatchObject({
      status: 'sent',
      sentAt: '2026-11-23T02:00:00.000Z',
    })
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ due: 0, sent: 0 })
    await world.close()
  })

  it('leaves a message queued for later alone until it is due', async () => {
    const world = aJobWorld()
    await queue(world.deps, aPendingMessage('later', '2026-11-23T02:00:05.000Z'))
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ due: 0 })
    world.clock.advance(5_000)
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ sent: 1 })
    await world.close()
  })

  it('backs off 1 min, 5 min, 30 min, 2 h after failures, then marks the message failed', async () => {
    const world = aJobWorld(aRecordingSender({ refuse: true }))
    await queue(world.deps, aPendingMessage('a'))
    const stored = () => col(world.deps.store, 'notifications').doc('a').get()
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ retrying: 1 })
      const wait = BACKOFF_MS[attempt - 1]
      expect(await stored()).toMatchObject({
        status: 'pending',
        attempts: attempt,
        nextAttemptAt: new Date(world.clock.now().getTime() + wait).toISOString(),
      })
      world.clock.advance(wait - 1_000)
      expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ due: 0 })
      world.clock.advance(1_000)
    }
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ failed: 1 })
    expect(await stored()).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastError: 'errcode 43101: user refused',
      read: false,
    })
    world.clock.advance(24 * 60 * 60_000)
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ due: 0 })
    await world.close()
  })

  it('never sends a message twice when two runs overlap', async () => {
    const world = aJobWorld(aRecordingSender({ delayMs: 2 }))
    const ids = Array.from({ length: 30 }, (_, i) => `m${String(i).padStart(2, '0')}`)
    await queue(world.deps, ...ids.map((id) => aPendingMessage(id)))
    const [one, two] = await Promise.all([dispatchOutbox(world.deps, world.sender), dispatchOutbox(world.deps, world.sender)])
    expect(one.sent + two.sent).toBe(ids.length)
    expect([...world.sender.sent].sort()).toEqual(ids)
    await world.close()
  })

  it('sends again a message whose run died after claiming it, once the claim has run out', async () => {
    const world = aJobWorld()
    await queue(world.deps, aPendingMessage('a'))
    const dying = { send: () => new Promise<void>(() => undefined) }
    void dispatchOutbox(world.deps, dying)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ due: 0 })
    world.clock.advance(CLAIM_MS)
    expect(await dispatchOutbox(world.deps, world.sender)).toMatchObject({ sent: 1 })
    expect(world.sender.sent).toEqual(['a'])
    await world.close()
  })
})
