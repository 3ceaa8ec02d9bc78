import type { z } from 'zod'
import { AppError, type Envelope, type ErrorBody, refusalBody } from '@shared/api/errors'
import type { ActionContract, FunctionName } from '@shared/api/contract'
import { issuesMessage, plainIssue } from '@shared/api/input-issues'
import { StoreError } from '@shared/ports/document-store'
import type { Caller, Deps, Registered } from '@shared/usecases/deps'
import { userOfIdentity } from '@shared/usecases/auth/resolve-user'
import { projectOutput } from './output-projection'
import { runWrite, takeRequestId } from './write-call'

/** What a handler gets besides its parsed input. `caller.user` is present whenever the audience needs it. */
export type ActionContext<Who> = { deps: Deps; caller: Who }

type CallerFor<C extends ActionContract> = C['audience'] extends 'public' ? Caller : Registered

export type Implementation = {
  contract: ActionContract
  handle(input: unknown, ctx: ActionContext<Caller>): Promise<unknown>
}

/** Binds a handler to its contract; the types of input, output and caller come from the contract. */
export function implement<C extends ActionContract>(
  contract: C,
  handle: (input: z.output<C['input']>, ctx: ActionContext<CallerFor<C>>) => Promise<z.input<C['output']>>,
): Implementation {
  return { contract, handle: handle as Implementation['handle'] }
}

/** Fields the platform adds to `event` (wx.cloud.callFunction puts `userInfo` there); never trusted, never parsed. */
const PLATFORM_FIELDS = ['userInfo', 'action']

export type CloudFunction = {
  name: FunctionName
  actions: Record<string, Implementation>
  /** Runs one call: `event` is the `data` the mini-program sent; `openid` comes from the WeChat context only. */
  run(event: unknown, openid: string | null, deps: Deps): Promise<Envelope<unknown>>
  /** Whether the call names a 'write' action: only those may have queued messages to deliver. */
  writes(event: unknown): boolean
}

export function defineFunction(name: FunctionName, implementations: Implementation[]): CloudFunction {
  const actions = Object.fromEntries(implementations.map((i) => [i.contract.action, i]))
  for (const i of implementations) {
    if (i.contract.fn !== name) throw new Error(`${i.contract.fn}.${i.contract.action} registered on ${name}`)
  }
  return {
    name,
    actions,
    async run(event, openid, deps) {
      try {
        await deps.reloadCalendar?.(false)
        const data = await dispatch(actions, event, openid, deps)
        return { ok: true, data }
      } catch (error) {
        return { ok: false, error: toErrorBody(error, name) }
      }
    },
    writes(event) {
      const action = typeof event === 'object' && event !== null ? (event as { action?: unknown }).action : undefined
      return typeof action === 'string' && Object.hasOwn(actions, action) && actions[action]!.contract.effect === 'write'
    },
  }
}

async function dispatch(
  actions: Record<string, Implementation>,
  event: unknown,
  openid: string | null,
  deps: Deps,
): Promise<unknown> {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new AppError('BAD_INPUT', '请求格式错误')
  }
  const body = event as Record<string, unknown>
  const name = body.action
  const impl = typeof name === 'string' && Object.hasOwn(actions, name) ? actions[name] : undefined
  if (!impl) throw new AppError('UNKNOWN_ACTION')
  const audience = impl.contract.audience
  const writes = impl.contract.effect === 'write'
  // Public reads answer anyone, a caller without identity too; a write (a public one too: binding, reporting a
  // hazard) needs the WeChat identity to write for, and is refused before its input is looked at.
  if (!openid && (audience !== 'public' || writes)) throw new AppError('UNAUTHENTICATED')

  // Every write accepts a client request id; it is the platform's field, so the contracts never see it.
  const requestId = writes ? takeRequestId(body) : null
  const own = writes ? [...PLATFORM_FIELDS, 'requestId'] : PLATFORM_FIELDS
  const raw = Object.fromEntries(Object.entries(body).filter(([k]) => !own.includes(k)))
  // Who may call comes before what was sent: a caller outside the audience learns nothing of the input's rules.
  const user = openid ? await userOfIdentity(deps.store, openid) : null
  if (user?.disabled) throw new AppError('FORBIDDEN', '账号已停用')
  if (audience !== 'public') {
    if (!user) throw new AppError('NOT_REGISTERED')
    if (audience !== 'registered' && !audience.includes(user.role)) {
      throw new AppError('FORBIDDEN', undefined, { role: user.role, allowed: audience })
    }
  }
  const parsed = impl.contract.input.safeParse(raw, { error: plainIssue })
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    throw new AppError('BAD_INPUT', issuesMessage(parsed.error.issues), issues)
  }
  const caller = { openid, user }
  // Only fields the contract names leave the function, so nothing leaks by accident.
  const answer = async (d: Deps) => projectOutput(impl.contract.output, await impl.handle(parsed.data, { deps: d, caller }))
  if (!writes) return answer(deps)
  return runWrite({ call: `${impl.contract.fn}.${impl.contract.action}`, caller, deps, requestId, answer })
}

function toErrorBody(error: unknown, fn: string): ErrorBody {
  const refusal = refusalBody(error)
  if (refusal) return refusal
  if (error instanceof StoreError && error.code === 'NOT_FOUND') {
    return { code: 'NOT_FOUND', message: '找不到该记录' }
  }
  console.error(`[${fn}] internal error`, error)
  return { code: 'INTERNAL', message: '系统繁忙，请稍后再试' }
}
