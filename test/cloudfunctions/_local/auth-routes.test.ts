import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { composeLocal, type LocalRuntime } from '../../../cloudfunctions/_local/compose-local'
import { DEMO_ADMIN_SIGN_IN } from '../../../cloudfunctions/_local/demo-data'
import { prepareData } from '../../../cloudfunctions/_local/prepare-data'
import { buildServer } from '../../../cloudfunctions/_local/server'
import { col } from '@shared/usecases/collections'

describe('H5 sign-in routes', () => {
  let dir: string
  let runtime: LocalRuntime
  let app: FastifyInstance

  async function start(dev: boolean, env = {}) {
    runtime = await composeLocal(dir)
    await prepareData(runtime, dev, env)
    app = await buildServer({ runtime, dev })
  }
  const post = (url: string, payload: unknown, token?: string) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: token ? { authorization: `Bearer ${token}` } : {} })

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'anju-auth-'))
  })
  afterEach(async () => {
    await app.close()
    runtime.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('gives a visitor a fresh identity that reads public actions and can bind', async () => {
    await start(true)
    const a = (await post('/api/auth/visitor', {})).json().data
    const b = (await post('/api/auth/visitor', {})).json().data
    expect(a.openid).not.toBe(b.openid)
    expect((await post('/api/user', { action: 'me' }, a.token)).json()).toMatchObject({
      ok: true,
      data: { openid: a.openid, registered: false },
    })
    expect(
      (await post('/api/user', { action: 'bind', idNumber: '110101199001011237', code: 'ABCDEFGH' }, a.token)).json(),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_CODE' } })
  })

  it('signs staff in with a password, signs out, and refuses the token afterwards', async () => {
    await start(true)
    const { phone, password } = DEMO_ADMIN_SIGN_IN
    const login = (await post('/api/auth/login', { phone, password })).json()
    expect(login).toMatchObject({ ok: true, data: { role: 'admin' } })
    const token = login.data.token
    expect((await post('/api/admin', { action: 'users', role: 'admin' }, token)).json()).toMatchObject({ ok: true })
    expect((await post('/api/auth/logout', {}, token)).json()).toEqual({ ok: true, data: { signedOut: true } })
    // The token names nobody any more: a public action sees a visitor, a guarded one refuses.
    expect((await post('/api/user', { action: 'me' }, token)).json()).toMatchObject({ ok: true, data: { registered: false } })
    expect((await post('/api/admin', { action: 'users' }, token)).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  })

  it('sends a code to the server log and signs in with it; then the person sets a password', async () => {
    await start(true)
    const log = jest.spyOn(console, 'log').mockImplementation(() => {})
    const { phone } = DEMO_ADMIN_SIGN_IN
    expect((await post('/api/auth/code', { phone })).json()).toEqual({ ok: true, data: { sent: true } })
    expect((await post('/api/auth/code', { phone: '13900009999' })).json()).toEqual({ ok: true, data: { sent: true } })
    const code = /: (\d{6}) /.exec(String(log.mock.calls.at(-1)?.[0]))?.[1]
    expect(log).toHaveBeenCalledTimes(1)
    log.mockRestore()
    const token = (await post('/api/auth/login', { phone, code })).json().data.token
    expect((await post('/api/auth/password', { password: 'short' }, token)).json()).toMatchObject({
      error: { code: 'BAD_INPUT' },
    })
    expect(
      (
        await post('/api/auth/password', { password: 'new-pass-2026', currentPassword: DEMO_ADMIN_SIGN_IN.password }, token)
      ).json(),
    ).toEqual({ ok: true, data: { changed: true } })
    expect((await post('/api/auth/login', { phone, password: 'new-pass-2026' })).json()).toMatchObject({ ok: true })
  })

  it('answers bad input and wrong codes in the envelope', async () => {
    await start(true)
    expect((await post('/api/auth/code', { phone: '12' })).json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect((await post('/api/auth/login', { phone: DEMO_ADMIN_SIGN_IN.phone, code: '123456' })).json()).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CODE' },
    })
    expect((await post('/api/auth/password', { password: 'x' })).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  })

  it('in production seeds nothing, has no dev routes, and creates the first administrator from the environment', async () => {
    await start(false, { ANJU_ADMIN_PHONE: '13700000001', ANJU_ADMIN_NAME: '首任管理员', ANJU_COUNTY_PATH: '371311' })
    expect(await col(runtime.store, 'regions').count()).toBe(0)
    expect(await col(runtime.store, 'households').count()).toBe(0)
    expect((await col(runtime.store, 'users').get()).map((u) => u.role)).toEqual(['admin'])
    for (const url of ['/api/dev/login', '/api/dev/clock']) {
      expect((await post(url, { openid: 'demo-admin' })).json().data?.token).toBeUndefined()
    }
    expect((await app.inject({ method: 'GET', url: '/api/dev/users' })).json().ok).not.toBe(true)
    expect(
      await prepareData(runtime, false, {
        ANJU_ADMIN_PHONE: '13700000002',
        ANJU_ADMIN_NAME: '又一个',
        ANJU_COUNTY_PATH: '371311',
      }),
    ).toBe('administrator present')
  })

  it('in production without the environment says how to create the administrator', async () => {
    await start(false)
    expect(await prepareData(runtime, false, {})).toMatch(/npm run admin:create/)
    expect(await col(runtime.store, 'users').count()).toBe(0)
  })
})
