import {
  ApiError,
  BAD_INPUT_MESSAGE,
  FIELD_FALLBACK,
  fieldErrorsOf,
  isForPeople,
  messageOf,
  NETWORK_MESSAGE,
} from '../../client/services/api-error'
import { isChunkLoadError } from '../../client/services/chunk-error'
import { CRASH_MESSAGE, failureOf, REGISTER_MESSAGE, SIGNIN_MESSAGE } from '../../client/components/screen/failure'

const schemaError = new ApiError('BAD_INPUT', 'caseId: Too small: expected string to have >=1 characters', {
  issues: [{ path: ['caseId'], message: 'Too small: expected string to have >=1 characters' }],
})

describe('messages shown to people', () => {
  it('tells a schema message from one written for people', () => {
    expect(isForPeople('请说明申请理由（至少4个字）')).toBe(true)
    expect(isForPeople('凭证号 PZ2026-0002 已登记过')).toBe(true)
    expect(isForPeople('caseId: Too small: expected string')).toBe(false)
    expect(isForPeople('Invalid input：期望字符串')).toBe(false)
    expect(isForPeople('')).toBe(false)
  })

  it('never shows a schema message for a refusal', () => {
    expect(messageOf(schemaError)).toBe(BAD_INPUT_MESSAGE)
    expect(messageOf(new ApiError('NOT_FOUND', 'record missing'))).toBe('找不到该记录')
    expect(messageOf(new ApiError('DUPLICATE_PAYMENT', '该凭证号已登记过'))).toBe('该凭证号已登记过')
    expect(messageOf(new TypeError('x is undefined'))).toBe('系统繁忙，请稍后再试')
  })

  it('maps BAD_INPUT details to field hints, replacing schema text by the field name', () => {
    const err = new ApiError('BAD_INPUT', '输入有误', {
      issues: [
        { path: ['reason'], message: '请说明申请理由（至少4个字）' },
        { path: ['amountYuan'], message: 'Expected number, received nan' },
        { path: ['photoIds', 0], message: 'Invalid string' },
      ],
    })
    expect(fieldErrorsOf(err, { amountYuan: '金额' })).toEqual({
      reason: '请说明申请理由（至少4个字）',
      amountYuan: '请检查“金额”',
      photoIds: FIELD_FALLBACK,
    })
  })
})

describe('chunk-load failures', () => {
  it('recognises what webpack and the browser throw when a route chunk does not arrive', () => {
    const chunk = Object.assign(new Error('Loading chunk 431 failed.\n(error: http://x/js/431.js)'), { name: 'ChunkLoadError' })
    expect(isChunkLoadError(chunk)).toBe(true)
    expect(isChunkLoadError(new Error('Loading chunk pages-board-index failed.'))).toBe(true)
    expect(isChunkLoadError(new Error('Loading CSS chunk 12 failed.\n(/css/12.css)'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /js/a.js'))).toBe(true)
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false)
    expect(isChunkLoadError('Loading chunk 1 failed')).toBe(false)
    expect(isChunkLoadError(null)).toBe(false)
  })
})

describe('what the page shell does with a failure', () => {
  it('asks for sign-in in place on a non-public page, never on a public one', () => {
    expect(failureOf(new ApiError('UNAUTHENTICATED'))).toEqual({ kind: 'signin', message: SIGNIN_MESSAGE })
    expect(failureOf(new ApiError('NOT_REGISTERED'))).toEqual({ kind: 'register', message: REGISTER_MESSAGE })
    expect(failureOf(new ApiError('UNAUTHENTICATED'), { isPublic: true }).kind).toBe('other')
  })

  it('says 网络不通 for a lost connection and for code that did not arrive', () => {
    expect(failureOf(new ApiError('INTERNAL', NETWORK_MESSAGE))).toEqual({ kind: 'network', message: NETWORK_MESSAGE })
    expect(failureOf(Object.assign(new Error('Loading chunk 7 failed.'), { name: 'ChunkLoadError' })).kind).toBe('network')
  })

  it('turns a schema refusal into plain Chinese', () => {
    expect(failureOf(schemaError)).toEqual({ kind: 'other', message: BAD_INPUT_MESSAGE })
    expect(CRASH_MESSAGE).toBe('页面出错了')
  })
})
