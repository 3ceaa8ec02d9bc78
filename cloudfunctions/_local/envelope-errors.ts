import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody } from '@shared/api/errors'
import { BANK_FILE_MAX_BASE64 } from '@shared/api/funds.api'

/**
 * Every answer of the local server is the envelope, also when a request never reaches a function. The HTTP status
 * says what HTTP knows: 200 whenever a function answered (ok or refused), and 400, 404, 405, 413 or 415 when the
 * request was refused before reaching one; the body is `{ ok: false, error: { code, message } }` all the same.
 */
export const fail = (code: ErrorBody['code'], message: string) => ({ ok: false as const, error: { code, message } })

export const BODY_LIMIT = 1024 * 1024

/** The funds function alone takes a bank result file in the call, up to what CloudBase takes in one call. */
export const FUNDS_BODY_LIMIT = BANK_FILE_MAX_BASE64 + 64 * 1024

/** Chinese messages for the refusals fastify raises itself, by its error code. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: '网址编码有误',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求内容不是有效的 JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求内容为空',
  FST_ERR_CTP_BODY_TOO_LARGE: `请求内容过大，不能超过 ${BODY_LIMIT / 1024 / 1024} MB（银行回单文件不超过 6 MB）`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持这种请求内容类型，请用 application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求内容的长度与声明的不符',
}

function sendFailure(app: FastifyInstance, error: FastifyError, reply: FastifyReply): void {
  const status = error.statusCode ?? 500
  if (status >= 500) {
    app.log.error(error)
    reply.status(500).send(fail('INTERNAL', '系统繁忙，请稍后再试'))
    return
  }
  reply.status(status).send(fail('BAD_INPUT', FRAMEWORK_MESSAGES[error.code] ?? '请求格式错误'))
}

/** For `Fastify({ frameworkErrors })`: a URL that cannot be decoded, before any route or hook runs. */
export function frameworkErrorsOf(app: () => FastifyInstance) {
  return (error: FastifyError, _req: FastifyRequest, reply: FastifyReply) => sendFailure(app(), error, reply)
}

/** Malformed, empty, oversized or unsupported bodies, and anything a route throws. */
export function registerEnvelopeErrors(app: FastifyInstance, h5Index: boolean): void {
  app.setErrorHandler((error: FastifyError, _req, reply) => sendFailure(app, error, reply))
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? ''
    if (!path.startsWith('/api/')) {
      // The H5 build routes by hash; every other page address serves its index.
      if (h5Index && (req.method === 'GET' || req.method === 'HEAD')) return reply.sendFile('index.html')
      return reply.status(404).send(fail('UNKNOWN_ACTION', '没有这个页面'))
    }
    if (/^\/api\/[^/]+$/.test(path) && req.method !== 'POST') {
      return reply.status(405).header('allow', 'POST').send(fail('BAD_INPUT', '云函数只接受 POST 请求'))
    }
    return reply.status(404).send(fail('UNKNOWN_ACTION', '没有这个接口'))
  })
}
