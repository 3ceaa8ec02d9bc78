import { DomainError, type Refusal } from '../domain/errors'

/** Every refusal a function can answer with; the client shows `message`, which is written for the person. */
export const ERROR_CODES = {
  BAD_INPUT: '输入有误',
  UNKNOWN_ACTION: '没有这个操作',
  UNAUTHENTICATED: '未能识别微信身份',
  NOT_REGISTERED: '尚未登记为系统用户',
  FORBIDDEN: '无权进行此操作',
  NOT_FOUND: '找不到该记录',
  INVALID_TRANSITION: '当前状态不能进行此操作',
  PUBLICITY_RUNNING: '公示期未满',
  NOT_ELIGIBLE: '不符合保障条件',
  DUPLICATE_CASE: '已有在办的申请',
  OVER_CAP: '超过补助上限',
  DUPLICATE_PAYMENT: '该凭证号已登记过',
  NO_ACCOUNT: '未登记一卡通账户',
  CALENDAR_UNKNOWN: '日历缺少该年度节假日数据',
  REQUEST_PENDING: '上一次提交还在处理，请稍后再试',
  WRONG_CODE: '验证码不对或已过期',
  TOO_MANY_ATTEMPTS: '尝试次数过多，请稍后再试',
  ALREADY_BOUND: '已经绑定过了',
  OBJECTION_OPEN: '有异议尚未处理',
  NOT_APPRAISED: '房屋尚未鉴定',
  AGREEMENT_UNCONFIRMED: '协议尚待各方确认',
  AGREEMENT_CHANGED: '协议内容已变更，请重新阅读后确认',
  PUBLICITY_CLOSED: '不在公示期内',
  SECOND_OFFICIAL_REQUIRED: '须由另一位工作人员复核',
  INSUFFICIENT_FUNDS: '下达资金不足',
  INTERNAL: '系统繁忙，请稍后再试',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export type ErrorBody = { code: ErrorCode; message: string; details?: unknown }
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/** Thrown by the transport layer (router, handlers); the router turns it into the `{ ok: false, error }` envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_CODES[code])
    this.name = 'AppError'
  }
}

/** The envelope code each refusal of the domain answers with. */
export const CODE_OF_REFUSAL: Readonly<Record<Refusal, ErrorCode>> = {
  bad_input: 'BAD_INPUT',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  invalid_transition: 'INVALID_TRANSITION',
  publicity_running: 'PUBLICITY_RUNNING',
  not_eligible: 'NOT_ELIGIBLE',
  duplicate_case: 'DUPLICATE_CASE',
  over_cap: 'OVER_CAP',
  duplicate_payment: 'DUPLICATE_PAYMENT',
  no_account: 'NO_ACCOUNT',
  calendar_unknown: 'CALENDAR_UNKNOWN',
  wrong_code: 'WRONG_CODE',
  too_many_attempts: 'TOO_MANY_ATTEMPTS',
  already_bound: 'ALREADY_BOUND',
  objection_open: 'OBJECTION_OPEN',
  not_appraised: 'NOT_APPRAISED',
  agreement_unconfirmed: 'AGREEMENT_UNCONFIRMED',
  agreement_changed: 'AGREEMENT_CHANGED',
  publicity_closed: 'PUBLICITY_CLOSED',
  second_official_required: 'SECOND_OFFICIAL_REQUIRED',
  insufficient_funds: 'INSUFFICIENT_FUNDS',
}

/** The envelope body of a refusal (a domain refusal or one of the transport), or null for an unexpected error. */
export function refusalBody(error: unknown): ErrorBody | null {
  if (error instanceof AppError) return { code: error.code, message: error.message, details: error.details }
  if (error instanceof DomainError) {
    const code = CODE_OF_REFUSAL[error.refusal]
    return { code, message: error.explanation ?? ERROR_CODES[code], details: error.details }
  }
  return null
}
