import type { FastifyInstance, FastifyRequest } from 'fastify'
import fastifyMultipart from '@fastify/multipart'
import { col } from '@shared/usecases/collections'
import { InvalidFileIdError } from '../_lib/adapters/local/local-files'
import type { LocalRuntime } from './compose-local'
import type { Sessions } from './sessions'

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp']

/** Photo upload for the H5 build (the weapp uploads to CloudBase storage directly) and file download. */
export async function registerFileRoutes(app: FastifyInstance, runtime: LocalRuntime, sessions: Sessions): Promise<void> {
  // Multipart parsing in its own scope: the plugin hooks every response of the scope it is registered in.
  await app.register(async (uploads) => {
    await uploads.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } })
    uploads.post('/api/upload', (req) => upload(req, runtime, sessions))
  })

  app.get<{ Params: { '*': string } }>('/api/files/*', async (req, reply) => {
    const file = await runtime.files.get(decodeURIComponent(req.params['*'])).catch((error) => {
      if (error instanceof InvalidFileIdError) return null // a made-up or traversing id is simply not there
      throw error
    })
    if (!file) return reply.status(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '找不到该文件' } })
    return reply.type(file.contentType).send(Buffer.from(file.bytes))
  })
}

/** Registered users only; photos only. */
async function upload(req: FastifyRequest, runtime: LocalRuntime, sessions: Sessions) {
  const openid = await sessions.openidOf(req.headers.authorization)
  if (!openid) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '未能识别身份' } }
  // Only people on record upload evidence; a member of the public may read the board, not fill the disk.
  if (!(await col(runtime.store, 'users').doc(openid).get())) {
    return { ok: false, error: { code: 'NOT_REGISTERED', message: '尚未登记为系统用户' } }
  }
  const part = await req.file()
  if (!part) return { ok: false, error: { code: 'BAD_INPUT', message: '请选择照片' } }
  if (!IMAGE_TYPES.includes(part.mimetype)) {
    return { ok: false, error: { code: 'BAD_INPUT', message: '只能上传 JPG、PNG 或 WebP 照片' } }
  }
  const bytes = await part.toBuffer()
  const fileId = await runtime.files.put({ name: part.filename, contentType: part.mimetype, bytes, folder: 'photos' })
  return { ok: true, data: { fileId, url: await runtime.files.url(fileId) } }
}
