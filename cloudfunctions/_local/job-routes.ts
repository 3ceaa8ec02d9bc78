import type { FastifyInstance } from 'fastify'
import { jobNamed } from '@shared/usecases/jobs/registry'
import type { LocalRuntime } from './compose-local'
import { runLocalJob } from './scheduler'

/** Development only: `POST /api/dev/jobs/<name>` runs a background job now instead of at its next tick. */
export function registerJobRoutes(app: FastifyInstance, runtime: LocalRuntime): void {
  app.post<{ Params: { name: string } }>('/api/dev/jobs/:name', async (req) => {
    const job = jobNamed(req.params.name)
    if (!job) return { ok: false, error: { code: 'BAD_INPUT', message: `没有这个后台任务：${req.params.name}` } }
    return { ok: true, data: await runLocalJob(runtime, job) }
  })
}
