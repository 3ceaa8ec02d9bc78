import { ERROR_CODES, type Envelope, type ErrorCode } from '@shared/api/errors'

/** A refusal from a cloud function, or a failure to reach one; `message` is written for the person. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message || ERROR_CODES[code] || ERROR_CODES.INTERNAL)
    this.name = 'ApiError'
    this.code = code
    this.details = details
  }
}

export const NETWORK_MESSAGE = '网络不通，请检查网络后再试'

function isEnvelope(x: unknown): x is Envelope<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean'
}

/** The `data` of an `{ ok: true }` envelope; anything else becomes a thrown ApiError. */
export function unwrap<T>(body: unknown): T {
  if (!isEnvelope(body)) throw new ApiError('INTERNAL', undefined, { body })
  if (body.ok) return body.data as T
  const err = body.error ?? { code: 'INTERNAL', message: '' }
  const code = (err.code in ERROR_CODES ? err.code : 'INTERNAL') as ErrorCode
  throw new ApiError(code, err.message, err.details)
}

/** Field → message, from a BAD_INPUT refusal whose details carry zod issues (`[{ path, message }]`). */
export function fieldErrorsOf(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError) || err.code !== 'BAD_INPUT') return {}
  const d = err.details as { issues?: unknown } | unknown[] | undefined
  const issues = Array.isArray(d)
    ? d
    : Array.isArray((d as { issues?: unknown })?.issues)
      ? (d as { issues: unknown[] }).issues
      : []
  const out: Record<string, string> = {}
  for (const i of issues as { path?: unknown[]; message?: string }[]) {
    const key = String(i?.path?.[0] ?? '')
    if (key && i.message && !out[key]) out[key] = i.message
  }
  return out
}

/** What to show a person for any thrown value. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message
  return ERROR_CODES.INTERNAL
}
