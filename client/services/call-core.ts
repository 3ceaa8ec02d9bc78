import type { ActionContract, FunctionName, InputOf, OutputOf } from '@shared/api/contract'
import { ApiError, NETWORK_MESSAGE, unwrap } from './api-error'

/**
 * The request body of every action: exactly the `data` that `wx.cloud.callFunction` sends,
 * `{ action: 'decide', caseId: '…', … }`.
 */
export type ActionBody = { action: string } & Record<string, unknown>

/** Sends one action to one function and resolves with the raw envelope. */
export type Send = (fn: FunctionName, body: ActionBody) => Promise<unknown>

/** `call(reviewApi.decide, input)` → the action's typed output, or a thrown ApiError. */
export type Call = <C extends ActionContract>(contract: C, input: InputOf<C>) => Promise<OutputOf<C>>

export type CallHooks = {
  /**
   * Runs once before the error is thrown when the backend does not know who is calling an action that needs an
   * identity. Public actions answer anyone, so a visitor reading a public page is never sent to sign in.
   */
  onUnauthenticated?: () => void
}

export function makeCall(send: Send, hooks: CallHooks = {}): Call {
  return async (contract, input) => {
    const body: ActionBody = { ...(input as object), action: contract.action }
    let raw: unknown
    try {
      raw = await send(contract.fn, body)
    } catch (e) {
      throw e instanceof ApiError ? e : new ApiError('INTERNAL', NETWORK_MESSAGE, { cause: String(e) })
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
