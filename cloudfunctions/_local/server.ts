import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import type { ErrorBody } from '@shared/api/errors'
import { dispatchOutbox } from '@shared/usecases/dispatch-outbox'
import { FUNCTIONS } from '../_lib/runtime/functions'
import type { LocalRuntime } from './compose-local'
import { registerAuthRoutes } from './auth-routes'
import { coalesce } from './coalesce'
import { registerDevRoutes } from './dev-routes'
import { registerFileRoutes } from './file-routes'
import { createSessions } from './sessions'

export type ServerOptions = { runtime: LocalRuntime; h5Dir?: string; dev: boolean; logger?: boolean }

const fail = (code: ErrorBody['code'], message: string) => ({ ok: false as const, error: { code, message } })

/**
 * Runs the very same function handlers as CloudBase: `POST /api/<function>` takes exactly the `data`
 * that `wx.cloud.callFunction({ name, data })` sends, and answers with the same envelope.
 */
export async function buildServer({ runtime, h5Dir, dev, logger = false }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 })
  const sessions = createSessions(runtime.store)
  const byName = new Map(FUNCTIONS.map((f) => [f.name, f]))
  const deliver = coalesce(() => deliverQuietly(runtime, app))

  // Malformed JSON and the like never escape the envelope.
  app.setErrorHandler((error: FastifyError, _req, reply) => {
    const status = error.statusCode ?? 500
    if (status >= 500) app.log.error(error)
    reply.status(200).send(status < 500 ? fail('BAD_INPUT', '请求格式错误') : fail('INTERNAL', '系统繁忙，请稍后再试'))
  })

  app.get('/api/health', async () => ({ ok: true, data: { status: 'up' } }))
  await registerFileRoutes(app, runtime, sessions)
  registerAuthRoutes(app, runtime, sessions)
  if (dev) registerDevRoutes(app, runtime, sessions, deliver)

  app.post<{ Params: { fn: string } }>('/api/:fn', async (req) => {
    const fn = byName.get(req.params.fn as never)
    if (!fn) return fail('UNKNOWN_ACTION', `没有这个云函数：${req.params.fn}`)
    const openid = await sessions.openidOf(req.headers.authorization)
    const envelope = await fn.run(req.body ?? {}, openid, runtime.deps)
    // The write is committed with its messages in the outbox; delivery follows at once, without holding the answer.
    if (envelope.ok && fn.writes(req.body)) void deliver()
    return envelope
  })

  if (h5Dir && existsSync(join(h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, { root: h5Dir, prefix: '/', wildcard: true })
    app.setNotFoundHandler((req, reply) =>
      req.url.startsWith('/api/') ? reply.status(404).send(fail('UNKNOWN_ACTION', '没有这个接口')) : reply.sendFile('index.html'),
    )
  }
  return app
}

/** Messages go out right after the write that queued them; a failure stays pending for the next write's pass. */
async function deliverQuietly(runtime: LocalRuntime, app: FastifyInstance): Promise<void> {
  try {
    await dispatchOutbox(runtime.deps, runtime.sender)
  } catch (error) {
    app.log.warn({ err: error }, 'outbox delivery failed')
  }
}
