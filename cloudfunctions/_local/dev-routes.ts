import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { sessionKindOf } from '@shared/domain/session-rules'
import { ROLE_LABEL } from '@shared/schemas/user'
import { userOfIdentity } from '@shared/usecases/auth/resolve-user'
import { CalendarDate, Id } from '@shared/schemas/common'
import { col } from '@shared/usecases/collections'
import { regionName } from '@shared/usecases/load'
import type { LocalRuntime } from './compose-local'
import { DEMO_VISITOR } from './demo-data'
import type { Sessions } from './sessions'

const bad = (message: string) => ({ ok: false, error: { code: 'BAD_INPUT', message } })

/**
 * Development only (absent when NODE_ENV=production): sign in as a seeded person — the stand-in for
 * WeChat's login — move the clock, and read what the outbox delivered.
 */
export function registerDevRoutes(
  app: FastifyInstance,
  runtime: LocalRuntime,
  sessions: Sessions,
  deliver: () => Promise<void>,
): void {
  app.get('/api/dev/users', async () => {
    const users = await col(runtime.store, 'users').orderBy('_id', 'asc').limit(1000).get()
    const listed = await Promise.all(
      users.map(async (u) => ({
        openid: u._id,
        name: u.name,
        role: u.role,
        roleLabel: ROLE_LABEL[u.role],
        regionName: await regionName(runtime.store, u.regionPath),
      })),
    )
    const visitor = { openid: DEMO_VISITOR._id, name: DEMO_VISITOR.name, role: null, roleLabel: '公众', regionName: '' }
    return { ok: true, data: [...listed, visitor] }
  })

  app.post('/api/dev/login', async (req) => {
    const parsed = z.object({ openid: Id }).safeParse(req.body)
    if (!parsed.success) return bad('openid 格式错误')
    const user = await userOfIdentity(runtime.store, parsed.data.openid)
    return { ok: true, data: { token: await sessions.open(parsed.data.openid, sessionKindOf(user?.role)) } }
  })

  app.post('/api/dev/clock', async (req) => {
    const parsed = z.object({ today: CalendarDate }).safeParse(req.body)
    if (!parsed.success) return bad(`today：${parsed.error.issues[0]?.message ?? '日期无效'}`)
    runtime.clock.moveTo(parsed.data.today)
    return { ok: true, data: { now: runtime.clock.now().toISOString() } }
  })

  // After a delivery pass, so a write made just before is in the answer.
  app.get('/api/dev/outbox', async () => {
    await deliver()
    return { ok: true, data: await runtime.sender.readAll() }
  })
}
