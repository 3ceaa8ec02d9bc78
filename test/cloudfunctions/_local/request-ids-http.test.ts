import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { api } from '@shared/api'
import { col } from '@shared/usecases/collections'
import { verifyAuditLog } from '@shared/usecases/verify-audit'
import { httpSend, makeCall } from '../../../client/services/call-core'
import { composeLocal, type LocalRuntime } from '../../../cloudfunctions/_local/compose-local'
import { seedDemo } from '../../../cloudfunctions/_local/seed'
import { buildServer } from '../../../cloudfunctions/_local/server'

/** The H5 path end to end: fetch → fastify → the same router; the line drops the answer after the server sent it. */
describe('request ids over HTTP', () => {
  let dir: string
  let runtime: LocalRuntime
  let app: FastifyInstance

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anju-requests-'))
    runtime = await composeLocal(dir)
    app = await buildServer({ runtime, dev: true })
    await seedDemo(runtime.store)
  })
  afterEach(async () => {
    await app.close()
    await runtime.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('a farmer whose answer is lost files once, and the seeded county plus the case verify as one chain', async () => {
    const token = (await app.inject({ method: 'POST', url: '/api/dev/login', payload: { openid: 'demo-farmer-1' } })).json().data
      .token
    let drops = 1
    let posts = 0
    const lossyFetch = async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
      posts++
      const res = await app.inject({ method: 'POST', url, headers: init.headers, payload: init.body })
      if (drops-- > 0) throw new TypeError('Failed to fetch')
      return { status: res.statusCode, text: async () => res.body }
    }
    const call = makeCall(
      httpSend(lossyFetch, () => token),
      { sleep: async () => undefined },
    )
    const created = await call(api.application.submit, {
      houseId: 'house-hh-dongcun-001',
      targetGroup: 'min_allowance',
      mode: 'repair',
      reason: '土坯房墙体开裂，屋顶漏雨',
    })
    expect(posts).toBe(2)
    expect(await col(runtime.store, 'cases').where({ householdId: 'hh-dongcun-001' }).count()).toBe(1)
    const cases = await col(runtime.store, 'cases').where({ householdId: 'hh-dongcun-001' }).get()
    expect(cases[0]!._id).toBe(created._id)
    const report = await verifyAuditLog(runtime.store)
    expect(report.fault).toBeNull()
    const last = (await col(runtime.store, 'audit').orderBy('seq', 'desc').limit(1).get())[0]!
    expect(last).toMatchObject({
      call: 'application.submit',
      actor: { role: 'farmer', openid: 'demo-farmer-1' },
      caseId: created._id,
    })
    const first = (await col(runtime.store, 'audit').orderBy('seq', 'asc').limit(1).get())[0]!
    expect(first).toMatchObject({ call: 'seed.demo', actor: { role: 'system', id: null } })
  })
})
