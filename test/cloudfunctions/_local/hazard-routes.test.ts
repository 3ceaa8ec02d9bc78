import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { REPORTS_PER_ADDRESS, REPORTS_PER_REPORTER_PER_DAY } from '@shared/domain/hazard'
import { composeLocal, type LocalRuntime } from '../../../cloudfunctions/_local/compose-local'
import { seedDemo } from '../../../cloudfunctions/_local/seed'
import { buildServer } from '../../../cloudfunctions/_local/server'
import { PNG_BYTES } from '../../factories/upload.factory'

const DONGCUN = '371399.101.201'

/** The public channel over the local server: photo uploads without a record, photo access, the per-address limit. */
describe('hazard reports on the local server', () => {
  let dir: string
  let runtime: LocalRuntime
  let app: FastifyInstance

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anju-hazard-'))
    runtime = await composeLocal(dir)
    app = await buildServer({ runtime, dev: true })
    await seedDemo(runtime.store)
  })
  afterEach(async () => {
    await app.close()
    await runtime.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const post = (url: string, payload: unknown, token?: string, ip = '10.0.0.1') =>
    app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      remoteAddress: ip,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  const visitor = async () => (await post('/api/auth/visitor', {})).json().data.token as string
  const login = async (openid: string) => (await post('/api/dev/login', { openid })).json().data.token as string

  const boundary = '----anju'
  const multipart = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="wall.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    Buffer.from(PNG_BYTES(200)),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const upload = (token: string, query: string) =>
    app.inject({
      method: 'POST',
      url: `/api/upload${query}`,
      payload: multipart,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${token}` },
    })
  const report = async (token: string, ip?: string) => {
    const photo = (await upload(token, '?for=hazard')).json().data.id
    return post(
      '/api/hazard',
      { action: 'report', category: 'leaning', description: '村口那户的房子往东歪了', photoIds: [photo], regionPath: DONGCUN },
      token,
      ip,
    )
  }

  it('takes photos from a visitor only for a hazard report, and shows them to the public once on a report', async () => {
    const token = await visitor()
    expect((await upload(token, '')).json()).toMatchObject({ ok: false, error: { code: 'NOT_REGISTERED' } })
    expect((await upload(token, '?for=hazard&kind=document')).json()).toMatchObject({ ok: true, data: { kind: 'photo' } })
    const sent = (await report(token)).json()
    expect(sent).toMatchObject({ ok: true, data: { status: 'received', villageName: '东村' } })
    const photoId = sent.data.photos[0].id

    const other = await visitor()
    const url = (await post('/api/files/url', { id: photoId }, other)).json()
    expect(url).toMatchObject({ ok: true })
    expect((await app.inject({ method: 'GET', url: url.data.url })).statusCode).toBe(200)

    const official = await login('demo-village-dongcun')
    const hidden = await post(
      '/api/hazard',
      { action: 'moderate', reportId: sent.data.id, op: 'blur_photo', photoId, reason: '照片拍到了人脸' },
      official,
    )
    expect(hidden.json()).toMatchObject({ ok: true })
    expect((await post('/api/files/url', { id: photoId }, other)).json()).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect((await post('/api/files/url', { id: photoId }, official)).json()).toMatchObject({ ok: true })
    expect((await post('/api/files/url', { id: photoId }, token)).json()).toMatchObject({ ok: true })
  })

  it(`limits one address to ${REPORTS_PER_ADDRESS.max} reports an hour, whoever sends them, with a reason in Chinese`, async () => {
    let sent = 0
    while (sent < REPORTS_PER_ADDRESS.max) {
      const token = await visitor()
      for (let i = 0; i < REPORTS_PER_REPORTER_PER_DAY && sent < REPORTS_PER_ADDRESS.max; i++, sent++) {
        expect((await report(token, '10.0.0.9')).json()).toMatchObject({ ok: true })
      }
    }
    const fresh = await visitor()
    expect((await report(fresh, '10.0.0.9')).json()).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('一小时后再试') },
    })
    expect((await report(fresh, '10.0.0.10')).json()).toMatchObject({ ok: true })
  })
})
