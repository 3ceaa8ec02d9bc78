import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError, type ErrorBody, refusalBody } from '@shared/api/errors'
import { Phone } from '@shared/schemas/common'
import { userOfIdentity } from '@shared/usecases/auth/resolve-user'
import { requestLoginCode, setPassword, signInStaff } from '@shared/usecases/auth/staff-login'
import type { LocalRuntime } from './compose-local'
import type { Sessions } from './sessions'

type Answer = { ok: true; data: unknown } | { ok: false; error: ErrorBody }

const LoginInput = z.union([
  z.object({ phone: Phone, code: z.string().regex(/^\d{6}$/, '验证码是 6 位数字') }).strict(),
  z.object({ phone: Phone, password: z.string().min(1).max(100) }).strict(),
])
const PasswordInput = z.object({ password: z.string().max(100), currentPassword: z.string().max(100).optional() }).strict()

function parse<T>(schema: z.ZodType<T>, body: unknown, message: string): T {
  const parsed = schema.safeParse(body ?? {})
  if (!parsed.success) throw new AppError('BAD_INPUT', message)
  return parsed.data
}

/** Every answer in the envelope: refusals as they were thrown, anything unexpected as INTERNAL. */
function enveloped(app: FastifyInstance, run: () => Promise<unknown>): Promise<Answer> {
  return run().then(
    (data) => ({ ok: true as const, data }),
    (error) => {
      const refusal = refusalBody(error)
      if (refusal) return { ok: false as const, error: { code: refusal.code, message: refusal.message } }
      app.log.error(error)
      return { ok: false as const, error: { code: 'INTERNAL' as const, message: '系统繁忙，请稍后再试' } }
    },
  )
}

/**
 * H5 sign-in. A visitor gets a fresh random identity (to read public pages and bind a household); staff sign in
 * with the phone of the account the administrator made and a one-time code or their password.
 */
export function registerAuthRoutes(app: FastifyInstance, runtime: LocalRuntime, sessions: Sessions): void {
  const now = () => new Date()

  app.post('/api/auth/visitor', (_req) =>
    enveloped(app, async () => {
      const openid = `h5-${randomBytes(16).toString('base64url')}`
      return { token: await sessions.open(openid, 'visitor'), openid }
    }),
  )

  app.post('/api/auth/code', (req) =>
    enveloped(app, async () => {
      const { phone } = parse(z.object({ phone: Phone }).strict(), req.body, '请填写 11 位手机号')
      const code = await requestLoginCode(runtime.store, phone, now())
      // No SMS gateway here: the code goes to the server log, where the operator reads it out.
      if (code) console.log(`[anju] sign-in code for ${phone.slice(0, 3)}****${phone.slice(7)}: ${code} (5 minutes)`)
      return { sent: true }
    }),
  )

  app.post('/api/auth/login', (req) =>
    enveloped(app, async () => {
      const credentials = parse(LoginInput, req.body, '请填写手机号和 6 位验证码或密码')
      const user = await signInStaff(runtime.store, credentials, now())
      return { token: await sessions.open(user._id, 'staff'), name: user.name, role: user.role }
    }),
  )

  app.post('/api/auth/logout', (req) =>
    enveloped(app, async () => {
      await sessions.close(req.headers.authorization)
      return { signedOut: true }
    }),
  )

  app.post('/api/auth/password', (req) =>
    enveloped(app, async () => {
      const input = parse(PasswordInput, req.body, '请填写新密码')
      const openid = await sessions.openidOf(req.headers.authorization)
      if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录')
      const user = await userOfIdentity(runtime.store, openid)
      if (!user || user.disabled) throw new AppError('FORBIDDEN', '只有工作人员账号可以设置密码')
      await setPassword(runtime.store, user._id, input)
      return { changed: true }
    }),
  )
}
