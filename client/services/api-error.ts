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

/**
 * A message written for a person: it has Chinese in it and no run of lower-case Latin letters, which is how a schema
 * message ("caseId: Too small: expected string…") or a stack trace looks. Upper-case tokens (PZ2026-0002) are fine.
 */
export function isForPeople(message: unknown): message is string {
  return typeof message === 'string' && /[\u4e00-\u9fff]/.test(message) && !/[a-z]{3,}/.test(message)
}

/** What to tell the person when the field's own message is not fit to show. */
export const FIELD_FALLBACK = '这一项填写有误，请检查'

/**
 * Field → hint, from a BAD_INPUT refusal whose details carry zod issues (`[{ path, message }]`). A message not written
 * for people becomes `请检查“label”` (labels: field → its name on the form) or FIELD_FALLBACK.
 */
export function fieldErrorsOf(err: unknown, labels: Record<string, string> = {}): Record<string, string> {
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
    if (!key || out[key]) continue
    const label = labels[key]
    out[key] = isForPeople(i.message) ? i.message : label ? `请检查“${label}”` : FIELD_FALLBACK
  }
  return out
}

/** The message of a BAD_INPUT that names no field the person can fix (a page opened from a broken link). */
export const BAD_LINK_MESSAGE = '这个页面的链接不完整，请返回后重新打开'
export const BAD_INPUT_MESSAGE = '填写的内容有误，请按提示修改后再提交'

/** What to show a person for any thrown value: the server's own words when they are for people, never a schema. */
export function messageOf(err: unknown): string {
  if (!(err instanceof ApiError)) return ERROR_CODES.INTERNAL
  if (isForPeople(err.message)) return err.message
  if (err.code === 'BAD_INPUT') return BAD_INPUT_MESSAGE
  return ERROR_CODES[err.code] ?? ERROR_CODES.INTERNAL
}
