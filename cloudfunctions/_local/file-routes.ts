import type { IncomingMessage } from 'node:http'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fastifyMultipart from '@fastify/multipart'
import { type ErrorBody, refusalBody } from '@shared/api/errors'
import type { FileKind } from '@shared/domain/file-kind'
import { MAX_UPLOAD_BYTES } from '@shared/domain/upload-rules'
import { col } from '@shared/usecases/collections'
import { registerUpload } from '@shared/usecases/uploads/register-upload'
import { uploadVisibleTo } from '@shared/usecases/uploads/upload-access'
import type { LocalRuntime } from './compose-local'
import { createFileUrlSigner, type FileUrlSigner } from './file-url-signing'
import type { Sessions } from './sessions'

export type FileRouteOptions = {
  /** How long an upload may send nothing before it is answered as incomplete (a dropped line must not hang). */
  uploadIdleMs?: number
  signer?: FileUrlSigner
}

const UPLOAD_ID = /^[A-Za-z0-9_-]{1,64}$/
const fail = (code: ErrorBody['code'], message: string) => ({ ok: false as const, error: { code, message } })
const NOT_FOUND = fail('NOT_FOUND', '找不到该文件')
const MALFORMED = '上传的数据不完整或格式有误，请重新上传'

class UploadRefused extends Error {}

/**
 * Upload for the H5 build (the weapp uploads to CloudBase storage and calls `user.registerUpload`), and download.
 * A file is served only to someone who may see it, named by its upload id, with a signed URL or the bearer header.
 */
export async function registerFileRoutes(
  app: FastifyInstance,
  runtime: LocalRuntime,
  sessions: Sessions,
  options: FileRouteOptions = {},
): Promise<void> {
  const signer = options.signer ?? createFileUrlSigner(runtime.fileUrlKey)
  const idleMs = options.uploadIdleMs ?? 20_000

  // Multipart parsing in its own scope: the plugin hooks every response of the scope it is registered in.
  await app.register(async (uploads) => {
    await uploads.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })
    // Refusals of the content-type parsers (no or unknown content type) come here before the handler runs.
    uploads.setErrorHandler((_error, _req, reply) => reply.status(200).send(fail('BAD_INPUT', MALFORMED)))
    uploads.post<{ Querystring: { kind?: string; for?: string } }>('/api/upload', (req, reply) =>
      upload(req, reply, runtime, sessions, signer, idleMs),
    )
  })

  app.post<{ Body: { id?: unknown } }>('/api/files/url', async (req) => {
    const openid = await sessions.openidOf(req.headers.authorization)
    if (!openid) return fail('UNAUTHENTICATED', '未能识别身份')
    const id = typeof req.body?.id === 'string' && UPLOAD_ID.test(req.body.id) ? req.body.id : null
    if (!id || !(await uploadVisibleTo(runtime.deps, openid, id))) return NOT_FOUND
    return { ok: true, data: { url: signer.url(id, openid) } }
  })

  app.get<{ Params: { id: string }; Querystring: { t?: string } }>('/api/files/:id', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('cache-control', 'private')
    const { id } = req.params
    const openid = UPLOAD_ID.test(id)
      ? req.query.t !== undefined
        ? signer.verify(id, req.query.t)
        : await sessions.openidOf(req.headers.authorization)
      : null
    const upload = openid ? await uploadVisibleTo(runtime.deps, openid, id) : null
    const file = upload ? await runtime.files.get(upload.fileId) : null
    if (!upload || !file) return reply.status(404).send(NOT_FOUND)
    return reply.type(upload.contentType).send(Buffer.from(file.bytes))
  })
}

/**
 * Registered users, and for a hazard report (`?for=hazard`, photos only) anyone with an identity: the public
 * channel needs no record. What the bytes are is decided by the shared use case, not by the declared type.
 */
async function upload(
  req: FastifyRequest<{ Querystring: { kind?: string; for?: string } }>,
  reply: FastifyReply,
  runtime: LocalRuntime,
  sessions: Sessions,
  signer: FileUrlSigner,
  idleMs: number,
) {
  const openid = await sessions.openidOf(req.headers.authorization)
  if (!openid) return fail('UNAUTHENTICATED', '未能识别身份')
  // Only people on record upload evidence; a member of the public may read the board and photograph a danger
  // for a report (the daily upload quota bounds the disk either way), not file documents.
  const forHazard = req.query.for === 'hazard'
  const user = forHazard ? null : await col(runtime.store, 'users').doc(openid).get()
  if (!forHazard && !user) return fail('NOT_REGISTERED', '尚未登记为系统用户')
  const kind: FileKind = !forHazard && req.query.kind === 'document' ? 'document' : 'photo'

  let received: { bytes: Buffer; name: string }
  try {
    received = await readOneFile(req, idleMs)
  } catch (error) {
    // The rest of a broken body is not worth reading: answer and let the connection go.
    reply.header('connection', 'close')
    return fail('BAD_INPUT', error instanceof UploadRefused ? error.message : MALFORMED)
  }
  try {
    const saved = await registerUpload(runtime.deps, { openid }, { bytes: received.bytes, name: received.name }, kind)
    return {
      ok: true,
      data: {
        id: saved._id,
        kind: saved.kind,
        contentType: saved.contentType,
        size: saved.size,
        url: signer.url(saved._id, openid),
      },
    }
  } catch (error) {
    const refusal = refusalBody(error)
    if (refusal) return { ok: false, error: refusal }
    throw error
  }
}

async function readOneFile(req: FastifyRequest, idleMs: number): Promise<{ bytes: Buffer; name: string }> {
  // The parser pipes the request on this call; watching it only afterwards keeps a chunk from flowing past it.
  const first = req.file()
  const watchdog = idleWatchdog(req.raw, idleMs)
  try {
    const part = await Promise.race([first, watchdog.expired])
    if (!part) throw new UploadRefused('请选择照片')
    const bytes = await Promise.race([part.toBuffer(), watchdog.expired])
    return { bytes, name: part.filename }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new UploadRefused(`文件不能超过${MAX_UPLOAD_BYTES / 1024 / 1024}MB`)
    }
    throw error
  } finally {
    watchdog.stop()
  }
}

/** Rejects when the request sends nothing for `ms`; every chunk that arrives starts the wait again. */
function idleWatchdog(raw: IncomingMessage, ms: number) {
  let timer: NodeJS.Timeout | undefined
  let reject: (error: Error) => void = () => {}
  const expired = new Promise<never>((_, r) => {
    reject = r
  })
  expired.catch(() => {}) // a watchdog that fired after the file was read has no one waiting
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => reject(new UploadRefused('上传中断，请重新上传')), ms)
  }
  raw.on('data', arm)
  arm()
  return {
    expired,
    stop() {
      clearTimeout(timer)
      raw.off('data', arm)
    },
  }
}
