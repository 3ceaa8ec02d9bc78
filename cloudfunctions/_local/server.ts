import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { refusalBody } from '@shared/api/errors'
import { dispatchOutbox } from '@shared/usecases/dispatch-outbox'
import { assertAddressMayReport, countAddressReport } from '@shared/usecases/hazard/address-limit'
import { FUNCTIONS } from '../_lib/runtime/functions'
import type { LocalRuntime } from './compose-local'
import { registerAuthRoutes } from './auth-routes'
import { coalesce } from './coalesce'
import { registerDevRoutes } from './dev-routes'
import { BODY_LIMIT, FUNDS_BODY_LIMIT, fail, frameworkErrorsOf, registerEnvelopeErrors } from './envelope-errors'
import { registerFileRoutes } from './file-routes'
import { registerJobRoutes } from './job-routes'
import { createSessions } from './sessions'
import { registerStaticAssets } from './static-assets'

export type ServerOptions = { runtime: LocalRuntime; h5Dir?: string; dev: boolean; logger?: boolean }

/**
 * Runs the very same function handlers as CloudBase: `POST /api/<function>` takes exactly the `data`
 * that `wx.cloud.callFunction({ name, data })` sends, and answers with the same envelope.
 */
export async function buildServer({ runtime, h5Dir, dev, logger = false }: ServerOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({ logger, bodyLimit: BODY_LIMIT, frameworkErrors: frameworkErrorsOf(() => app) })
  const sessions = createSessions(runtime.store)
  const byName = new Map(FUNCTIONS.map((f) => [f.name, f]))
  const deliver = coalesce(() => deliverQuietly(runtime, app))

  const h5Index = !!h5Dir && existsSync(join(h5Dir, 'index.html'))
  registerEnvelopeErrors(app, h5Index)
  // A function takes a JSON object; a bare string is not one, so only JSON bodies are accepted.
  app.removeContentTypeParser('text/plain')

  app.get('/api/health', async () => ({ ok: true, data: { status: 'up' } }))
  await registerFileRoutes(app, runtime, sessions)
  registerAuthRoutes(app, runtime, sessions)
  if (dev) registerDevRoutes(app, runtime, sessions, deliver)
  if (dev) registerJobRoutes(app, runtime)

  const callFunction = async (name: string, req: FastifyRequest, reply: FastifyReply) => {
    const fn = byName.get(name as never)
    if (!fn) return fail('UNKNOWN_ACTION', `没有这个云函数：${name}`)
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      return reply.status(400).send(fail('BAD_INPUT', '请求内容必须是一个 JSON 对象，例如 {"action":"me"}'))
    }
    const openid = await sessions.openidOf(req.headers.authorization)
    // The public hazard channel is open to anyone, so besides the per-person limit the address is limited here.
    const reporting = fn.name === 'hazard' && (req.body as { action?: unknown }).action === 'report'
    if (reporting) {
      const refused = await assertAddressMayReport(runtime.store, req.ip, runtime.clock.now()).then(
        () => null,
        (error: unknown) => refusalBody(error),
      )
      if (refused) return { ok: false, error: refused }
    }
    const envelope = await fn.run(req.body, openid, runtime.deps)
    if (reporting && envelope.ok) await countAddressReport(runtime.store, req.ip, runtime.clock.now())
    // The write is committed with its messages in the outbox; delivery follows at once, without holding the answer.
    if (envelope.ok && fn.writes(req.body)) void deliver()
    return envelope
  }
  app.post<{ Params: { fn: string } }>('/api/:fn', (req, reply) => callFunction(req.params.fn, req, reply))
  app.post('/api/funds', { bodyLimit: FUNDS_BODY_LIMIT }, (req, reply) => callFunction('funds', req, reply))

  if (h5Index && h5Dir) await registerStaticAssets(app, h5Dir)
  return app
}

/** Messages go out right after the write that queued them; the deliver-outbox job retries what is left. */
async function deliverQuietly(runtime: LocalRuntime, app: FastifyInstance): Promise<void> {
  try {
    await dispatchOutbox(runtime.deps, runtime.sender)
  } catch (error) {
    app.log.warn({ err: error }, 'outbox delivery failed')
  }
}
