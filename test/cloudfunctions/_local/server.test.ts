import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { composeLocal, type LocalRuntime } from '../../../cloudfunctions/_local/compose-local'
import { seedDemo } from '../../../cloudfunctions/_local/seed'
import { buildServer } from '../../../cloudfunctions/_local/server'
import { FUNDS_BODY_LIMIT } from '../../../cloudfunctions/_local/envelope-errors'
import { col, withoutId } from '@shared/usecases/collections'
import { outboxRecord } from '@shared/usecases/notify'

/** The local server: same handlers over HTTP, the session stand-in for WeChat, dev-only routes, uploads. */
describe('local server', () => {
  let dir: string
  let runtime: LocalRuntime
  let app: FastifyInstance

  async function start(dev = true) {
    runtime = await composeLocal(dir)
    app = await buildServer({ runtime, dev })
  }
  async function stop() {
    await app.close()
    await runtime.close()
  }
  const post = (url: string, payload: unknown, token?: string) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: token ? { authorization: `Bearer ${token}` } : {} })
  async function login(openid: string): Promise<string> {
    return (await post('/api/dev/login', { openid })).json().data.token
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anju-server-'))
    await start()
    await seedDemo(runtime.store)
  })
  afterEach(async () => {
    await stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('maps a session token to the OPENID and runs the function', async () => {
    const token = await login('demo-farmer-1')
    const res = await post('/api/user', { action: 'me' }, token)
    expect(res.json()).toMatchObject({ ok: true, data: { openid: 'demo-farmer-1', role: 'farmer', regionName: '东村' } })
  })

  it('answers without a session as WeChat would without an OPENID', async () => {
    expect((await post('/api/user', { action: 'messages' })).json()).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    expect((await post('/api/user', { action: 'messages' }, 'not-a-real-token-at-all')).json()).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })

  it('answers public actions to a visitor without a session', async () => {
    const board = (await post('/api/publicity', { action: 'board', limit: 10 })).json()
    expect(board).toMatchObject({ ok: true, data: { items: expect.any(Array) } })
    expect((await post('/api/user', { action: 'me' }, 'not-a-real-token-at-all')).json()).toMatchObject({
      ok: true,
      data: { openid: null, registered: false },
    })
  })

  describe('answers every request in the envelope, with a Chinese message', () => {
    const json = { 'content-type': 'application/json' }
    type Req = { name: string; method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: string; headers?: object }
    const requests: [Req, number, string][] = [
      [{ name: 'bad URL encoding', url: '/api/%E0%A4%A', payload: '{}', headers: json }, 400, 'BAD_INPUT'],
      [{ name: 'bad URL encoding, GET', method: 'GET', url: '/%E0%A4%A' }, 400, 'BAD_INPUT'],
      [{ name: 'unknown route', url: '/api/user/extra', payload: '{}', headers: json }, 404, 'UNKNOWN_ACTION'],
      [{ name: 'unknown page without an H5 build', method: 'GET', url: '/nowhere' }, 404, 'UNKNOWN_ACTION'],
      [{ name: 'unknown function', url: '/api/nosuchfunction', payload: '{"action":"x"}', headers: json }, 200, 'UNKNOWN_ACTION'],
      [{ name: 'wrong method', method: 'GET', url: '/api/user' }, 405, 'BAD_INPUT'],
      [{ name: 'wrong method, PUT', method: 'PUT', url: '/api/user', payload: '{}', headers: json }, 405, 'BAD_INPUT'],
      [
        { name: 'unsupported content type', url: '/api/user', payload: '<me/>', headers: { 'content-type': 'application/xml' } },
        415,
        'BAD_INPUT',
      ],
      [{ name: 'plain text body', url: '/api/user', payload: 'me', headers: { 'content-type': 'text/plain' } }, 415, 'BAD_INPUT'],
      [
        { name: 'body too large', url: '/api/user', payload: `{"action":"me","x":"${'x'.repeat(1024 * 1024)}"}`, headers: json },
        413,
        'BAD_INPUT',
      ],
      [
        {
          name: 'a bank file over what CloudBase takes in one call',
          url: '/api/funds',
          payload: `{"action":"bankImport","base64":"${'x'.repeat(FUNDS_BODY_LIMIT)}"}`,
          headers: json,
        },
        413,
        'BAD_INPUT',
      ],
      [{ name: 'malformed JSON', url: '/api/user', payload: '{bad', headers: json }, 400, 'BAD_INPUT'],
      [{ name: 'empty JSON body', url: '/api/user', payload: '', headers: json }, 400, 'BAD_INPUT'],
      [
        { name: 'prototype poisoning', url: '/api/user', payload: '{"action":"me","__proto__":{"x":1}}', headers: json },
        400,
        'BAD_INPUT',
      ],
      [{ name: 'no body at all', url: '/api/user' }, 400, 'BAD_INPUT'],
      [{ name: 'a JSON array', url: '/api/user', payload: '[{"action":"me"}]', headers: json }, 400, 'BAD_INPUT'],
      [{ name: 'a JSON number', url: '/api/user', payload: '42', headers: json }, 400, 'BAD_INPUT'],
      [{ name: 'a JSON string', url: '/api/user', payload: '"me"', headers: json }, 400, 'BAD_INPUT'],
      [{ name: 'JSON null', url: '/api/user', payload: 'null', headers: json }, 400, 'BAD_INPUT'],
    ]

    const cases = requests.map(([req, status, code]) => ({ ...req, status, code }))

    it('takes a bank result file of some megabytes in the funds call, which other calls refuse', async () => {
      const base64 = 'x'.repeat(3 * 1024 * 1024)
      const funds = await app.inject({
        method: 'POST',
        url: '/api/funds',
        payload: { action: 'bankImport', base64 },
        headers: json,
      })
      expect(funds.statusCode).toBe(200)
      expect(funds.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
      const user = await app.inject({ method: 'POST', url: '/api/user', payload: { action: 'me', base64 }, headers: json })
      expect(user.statusCode).toBe(413)
    })
    it.each(cases)('$name', async ({ method = 'POST', url, payload, headers, status, code }) => {
      const res = await app.inject({ method, url, payload, headers: headers as Record<string, string> })
      expect(res.statusCode).toBe(status)
      const body = res.json()
      expect(Object.keys(body).sort()).toEqual(['error', 'ok'])
      expect(body).toEqual({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
    })
  })

  it('lists the demo users, including a member of the public', async () => {
    const users = (await app.inject({ method: 'GET', url: '/api/dev/users' })).json().data
    const roles = users.map((u: { role: string | null }) => u.role)
    for (const role of ['farmer', 'village', 'township', 'county', 'finance', 'appraiser', null]) expect(roles).toContain(role)
    expect(roles.filter((r: string) => r === 'farmer').length).toBeGreaterThanOrEqual(3)
  })

  it('moves the dev clock only to a real date, answering BAD_INPUT otherwise', async () => {
    const before = runtime.clock.offsetMs()
    for (const today of ['2026-13-45', '2026-02-30', '0000-00-00']) {
      const res = await post('/api/dev/clock', { today })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/日期无效/) } })
    }
    expect(runtime.clock.offsetMs()).toBe(before)
    const moved = (await post('/api/dev/clock', { today: '2028-02-29' })).json()
    expect(moved.data.now.slice(0, 10)).toBe('2028-02-29')
  })

  it('has no dev routes in production', async () => {
    await stop()
    await start(false)
    expect((await app.inject({ method: 'GET', url: '/api/dev/users' })).statusCode).toBe(404)
    expect((await post('/api/dev/login', { openid: 'demo-county' })).statusCode).toBe(404)
  })

  it('keeps data and sessions across a restart', async () => {
    const token = await login('demo-farmer-1')
    await post(
      '/api/application',
      { action: 'submit', houseId: 'house-hh-dongcun-001', targetGroup: 'min_allowance', mode: 'repair', reason: '墙体开裂漏雨' },
      token,
    )
    await stop()
    await start()
    const mine = (await post('/api/application', { action: 'mine' }, token)).json()
    expect(mine.ok).toBe(true)
    expect(mine.data.items).toHaveLength(1)
  })

  it('takes a photo upload from a signed-in user and serves it back', async () => {
    const token = await login('demo-farmer-1')
    const boundary = '----anju'
    const png = Buffer.from('89504e470d0a1a0a', 'hex')
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="wall.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` }
    const anonymous = await app.inject({ method: 'POST', url: '/api/upload', payload: body, headers })
    expect(anonymous.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const visitor = await login('demo-visitor')
    const unregistered = await app.inject({
      method: 'POST',
      url: '/api/upload',
      payload: body,
      headers: { ...headers, authorization: `Bearer ${visitor}` },
    })
    expect(unregistered.json()).toMatchObject({ ok: false, error: { code: 'NOT_REGISTERED' } })
    const res = await app.inject({
      method: 'POST',
      url: '/api/upload',
      payload: body,
      headers: { ...headers, authorization: `Bearer ${token}` },
    })
    const { id, url } = res.json().data
    expect(url).toMatch(new RegExp(`^/api/files/${id}\\?t=`))
    const file = await app.inject({ method: 'GET', url })
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.rawPayload.equals(png)).toBe(true)
    for (const bad of ['/api/files/local%3Aphotos%2F..%2F..%2Fanju.db', '/api/files/nonsense']) {
      const res = await app.inject({ method: 'GET', url: bad })
      expect(res.statusCode).toBe(404)
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it('refuses uploads that are not photos', async () => {
    const token = await login('demo-farmer-1')
    const boundary = '----anju'
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.sh"\r\nContent-Type: text/x-sh\r\n\r\nrm -rf /\r\n--${boundary}--\r\n`,
    )
    const res = await app.inject({
      method: 'POST',
      url: '/api/upload',
      payload: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${token}` },
    })
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('delivers queued messages to the local outbox after the call that queued them', async () => {
    const farmer = await login('demo-farmer-1')
    const village = await login('demo-village-dongcun')
    const c = (
      await post(
        '/api/application',
        {
          action: 'submit',
          houseId: 'house-hh-dongcun-001',
          targetGroup: 'min_allowance',
          mode: 'repair',
          reason: '墙体开裂漏雨',
        },
        farmer,
      )
    ).json().data
    await post('/api/review', { action: 'decide', caseId: c._id, decision: 'return', comment: '请补充照片' }, village)
    const outbox = (await app.inject({ method: 'GET', url: '/api/dev/outbox' })).json().data
    expect(outbox).toHaveLength(1)
    expect(outbox[0].message).toMatchObject({ recipientId: 'demo-farmer-1', kind: 'case_update' })
  })

  it('delivers what is pending after a write, once, and never after a read', async () => {
    const farmer = await login('demo-farmer-1')
    const village = await login('demo-village-dongcun')
    const pending = outboxRecord('left-over-1', '2026-11-23T01:00:00.000Z', {
      recipientId: 'demo-farmer-1',
      kind: 'case_update',
      title: '申请进度更新',
      body: '留在发件箱里的消息',
      fields: {},
      page: '/pages/cases/index',
    })
    await col(runtime.store, 'notifications').doc(pending._id).set(withoutId(pending))

    await post('/api/publicity', { action: 'board' }, farmer)
    await post('/api/review', { action: 'inbox' }, village)
    expect((await col(runtime.store, 'notifications').doc(pending._id).get())?.status).toBe('pending')

    await post(
      '/api/application',
      { action: 'submit', houseId: 'house-hh-dongcun-001', targetGroup: 'min_allowance', mode: 'repair', reason: '墙体开裂漏雨' },
      farmer,
    )
    const outbox = (await app.inject({ method: 'GET', url: '/api/dev/outbox' })).json().data
    expect(outbox.map((d: { message: { _id: string } }) => d.message._id)).toEqual([pending._id])
    expect((await col(runtime.store, 'notifications').doc(pending._id).get())?.status).toBe('sent')
  })
})
