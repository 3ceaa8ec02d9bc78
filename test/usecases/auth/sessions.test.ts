import { SESSION_LIMITS } from '@shared/domain/session-rules'
import { identityOf, openSession, removeExpiredSessions, revokeSession, revokeSessionsOf } from '@shared/usecases/auth/sessions'
import { col } from '@shared/usecases/collections'
import { aWorld, type World } from '../../factories/world.factory'

const T0 = Date.parse('2026-11-23T02:00:00Z')
const at = (ms: number) => new Date(T0 + ms)
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

describe('sessions', () => {
  let world: World
  beforeEach(async () => {
    world = await aWorld()
  })
  afterEach(() => world.close())

  it('stores only a digest of the token', async () => {
    const token = await openSession(world.store, 'u-county', 'staff', at(0))
    const rows = await col(world.store, 'sessions').get()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(token)
  })

  it('ends a staff session after two idle hours', async () => {
    const token = await openSession(world.store, 'u-county', 'staff', at(0))
    expect(await identityOf(world.store, token, at(2 * HOUR - 1))).toBe('u-county')
    expect(await identityOf(world.store, token, at(4 * HOUR - 2))).toBe('u-county')
    expect(await identityOf(world.store, token, at(6 * HOUR))).toBeNull()
  })

  it('ends a staff session after twelve hours however busy', async () => {
    const token = await openSession(world.store, 'u-county', 'staff', at(0))
    for (let t = HOUR; t < 12 * HOUR; t += HOUR) expect(await identityOf(world.store, token, at(t))).toBe('u-county')
    expect(await identityOf(world.store, token, at(SESSION_LIMITS.staff.absoluteMs))).toBeNull()
  })

  it('keeps a farmer signed in for a month idle, never past 180 days', async () => {
    const token = await openSession(world.store, 'u-farmer', 'farmer', at(0))
    for (let t = 29 * DAY; t < 180 * DAY; t += 29 * DAY) expect(await identityOf(world.store, token, at(t))).toBe('u-farmer')
    expect(await identityOf(world.store, token, at(180 * DAY))).toBeNull()
    const idle = await openSession(world.store, 'u-farmer', 'farmer', at(0))
    expect(await identityOf(world.store, idle, at(30 * DAY))).toBeNull()
  })

  it('writes the last-seen time of a staff session at most every five minutes', async () => {
    const token = await openSession(world.store, 'u-county', 'staff', at(0))
    const seen = async () => (await col(world.store, 'sessions').get())[0]!.lastSeenAt
    await identityOf(world.store, token, at(4 * MIN))
    expect(await seen()).toBe(at(0).toISOString())
    await identityOf(world.store, token, at(5 * MIN))
    expect(await seen()).toBe(at(5 * MIN).toISOString())
  })

  it('signs out one token, or every session of a person', async () => {
    const a = await openSession(world.store, 'u-county', 'staff', at(0))
    const b = await openSession(world.store, 'u-county', 'staff', at(0))
    const other = await openSession(world.store, 'u-finance', 'staff', at(0))
    await revokeSession(world.store, a)
    expect(await identityOf(world.store, a, at(1))).toBeNull()
    expect(await identityOf(world.store, b, at(1))).toBe('u-county')
    expect(await revokeSessionsOf(world.store, 'u-county')).toBe(1)
    expect(await identityOf(world.store, b, at(1))).toBeNull()
    expect(await identityOf(world.store, other, at(1))).toBe('u-finance')
  })

  it('cleans up ended sessions in bounded passes', async () => {
    for (let i = 0; i < 5; i++) await openSession(world.store, `u-${i}`, 'staff', at(0))
    const live = await openSession(world.store, 'u-farmer', 'farmer', at(0))
    expect(await removeExpiredSessions(world.store, at(3 * HOUR), { limit: 3 })).toBe(3)
    expect(await removeExpiredSessions(world.store, at(3 * HOUR), { limit: 3 })).toBe(2)
    expect(await removeExpiredSessions(world.store, at(3 * HOUR), { limit: 3 })).toBe(0)
    expect(await identityOf(world.store, live, at(3 * HOUR))).toBe('u-farmer')
  })
})
