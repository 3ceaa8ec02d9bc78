import type { ActionContract, FunctionName, InputOf, OutputOf } from '@shared/api/contract'
import { ApiError, NETWORK_MESSAGE, unwrap } from './api-error'

/**
 * The request body of every action: exactly the `data` that `wx.cloud.callFunction` sends,
 * `{ action: 'decide', caseId: '…', … }`.
 */
export type ActionBody = { action: string } & Record<string, unknown>

/** Sends one action to one function and resolves with the raw envelope. */
export type Send = (fn: FunctionName, body: ActionBody) => Promise<unknown>

export type CallOptions = {
  /** One id per user intent (see `newIntent`); a write without one gets a fresh id for this call and its retries. */
  requestId?: string
}

/** `call(reviewApi.decide, input, { requestId })` → the action's typed output, or a thrown ApiError. */
export type Call = <C extends ActionContract>(contract: C, input: InputOf<C>, options?: CallOptions) => Promise<OutputOf<C>>

export type CallHooks = {
  /**
   * Runs once before the error is thrown when the backend does not know who is calling an action that needs an
   * identity. Public actions answer anyone, so a visitor reading a public page is never sent to sign in.
   */
  onUnauthenticated?: () => void
  /** Pauses between tries after a network failure (default 0.5 s, then 1.5 s: three tries in all). */
  retryDelaysMs?: readonly number[]
  /** A try that has not answered by then counts as a network failure (default 20 s). */
  timeoutMs?: number
  sleep?: (ms: number) => Promise<void>
}

/** A request id for one user intent: 8–64 characters of [A-Za-z0-9_-], unique enough without crypto (weapp). */
export function newIntent(): string {
  const random = () =>
    Math.floor(Math.random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')
  return `${Date.now().toString(36)}-${random()}${random()}`
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

class Timeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no answer in ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Failures to reach the function, where the answer may have been lost after the write: worth the same id again. */
const isNetworkFailure = (e: unknown) => !(e instanceof ApiError) || e.code === 'INTERNAL'

export function makeCall(send: Send, hooks: CallHooks = {}): Call {
  const delays = hooks.retryDelaysMs ?? [500, 1500]
  const sleep = hooks.sleep ?? wait
  const timeoutMs = hooks.timeoutMs ?? 20_000
  return async (contract, input, options = {}) => {
    const body: ActionBody = { ...(input as object), action: contract.action }
    // Every try of a write carries the same id, so the server changes things once however many answers are lost.
    if (contract.effect === 'write') body.requestId = options.requestId ?? newIntent()
    let raw: unknown
    for (let attempt = 0; ; attempt++) {
      try {
        raw = await withTimeout(send(contract.fn, body), timeoutMs)
        break
      } catch (e) {
        if (attempt < delays.length && isNetworkFailure(e)) {
          await sleep(delays[attempt]!)
          continue
        }
        throw e instanceof ApiError ? e : new ApiError('INTERNAL', NETWORK_MESSAGE, { cause: String(e) })
      }
    }
    try {
      return unwrap(raw)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED' && contract.audience !== 'public') {
        hooks.onUnauthenticated?.()
      }
      throw e
    }
  }
}

type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  status: number
  text(): Promise<string>
}>

/** H5: `POST /api/<fn>` with the action body as JSON and the session token as a bearer token. */
export function httpSend(fetchImpl: FetchLike, getToken: () => string | null, base = '/api'): Send {
  return async (fn, body) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    const token = getToken()
    if (token) headers.Authorization = `Bearer ${token}`
    const res = await fetchImpl(`${base}/${fn}`, { method: 'POST', headers, body: JSON.stringify(body) })
    const text = await res.text()
    try {
      return JSON.parse(text)
    } catch {
      throw new ApiError(res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', undefined, { status: res.status })
    }
  }
}

type CallFunction = (opts: { name: string; data: Record<string, unknown> }) => Promise<{ result?: unknown }>

/** Mini-program: `wx.cloud.callFunction`; the function's return value is the envelope. */
export function cloudSend(callFunction: CallFunction): Send {
  return async (fn, body) => {
    const res = await callFunction({ name: fn, data: body })
    return res.result
  }
}
