import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { col } from '@shared/usecases/collections'
import { composeLocal, type LocalRuntime } from '../../../cloudfunctions/_local/compose-local'
import { registerFileRoutes } from '../../../cloudfunctions/_local/file-routes'
import { createFileUrlSigner } from '../../../cloudfunctions/_local/file-url-signing'
import { seedDemo } from '../../../cloudfunctions/_local/seed'
import { createSessions } from '../../../cloudfunctions/_local/sessions'
import { PNG_BYTES } from '../../factories/upload.factory'

const BOUNDARY = '----anju'
const multipart = (bytes: Buffer, { close = true, type = 'image/jpeg' } = {}) =>
  Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="wall.jpg"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(close ? `\r\n--${BOUNDARY}--\r\n` : '\r\n'),
  ])

/** The H5 upload and download routes: sniffed content, signed short-lived URLs, malformed bodies answered at once. */
describe('file routes', () => {
  let dir: string
  let runtime: LocalRuntime
  let app: FastifyInstance
  let clock: number
  const tokens: Record<string, string> = {}

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anju-files-routes-'))
    runtime = await composeLocal(dir)
    await seedDemo(runtime.store)
    const sessions = createSessions(runtime.store)
    clock = Date.parse('2026-11-23T02:00:00Z')
    app = Fastify()
    const signer = createFileUrlSigner(runtime.fileUrlKey, { ttlSeconds: 600, now: () => clock })
    await registerFileRoutes(app, runtime, sessions, { uploadIdleMs: 300, signer })
    for (const openid of ['demo-farmer-1', 'demo-farmer-2', 'demo-village-dongcun', 'demo-county']) {
      tokens[openid] = await sessions.open(openid, openid.includes('farmer') ? 'farmer' : 'staff')
    }
  })
  afterEach(async () => {
    await app.close()
    await runtime.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const upload = (openid: string, payload: Buffer, contentType = `multipart/form-data; boundary=${BOUNDARY}`) =>
    app.inject({
      method: 'POST',
      url: '/api/upload',
      payload,
      headers: { 'content-type': contentType, authorization: `Bearer ${tokens[openid]}` },
    })

  it('stores the sniffed type, not the declared one, and serves it privately with nosniff', async () => {
    const res = (await upload('demo-farmer-1', multipart(Buffer.from(PNG_BYTES(80)), { type: 'text/html' }))).json()
    expect(res).toMatchObject({ ok: true, data: { kind: 'photo', contentType: 'image/png', size: 80 } })
    expect(await col(runtime.store, 'uploads').doc(res.data.id).get()).toMatchObject({ ownerId: 'demo-farmer-1' })
    const file = await app.inject({ method: 'GET', url: res.data.url })
    expect(file.statusCode).toBe(200)
    expect(file.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private',
    })
    expect(file.rawPayload.equals(Buffer.from(PNG_BYTES(80)))).toBe(true)
  })

  it('refuses an empty file and a script named .jpg', async () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('#!/bin/sh\nrm -rf /')]) {
      expect((await upload('demo-farmer-1', multipart(bytes))).json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    }
    expect(await col(runtime.store, 'uploads').get()).toEqual([])
  })

  it('serves a signed URL only until it expires, only for its own file and only to someone who may see it', async () => {
    const mine = (await upload('demo-farmer-1', multipart(Buffer.from(PNG_BYTES())))).json().data
    const other = (await upload('demo-farmer-2', multipart(Buffer.from(PNG_BYTES())))).json().data
    const notFound = { ok: false, error: { code: 'NOT_FOUND', message: '找不到该文件' } }
    const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers })
    const token = new URL(mine.url, 'http://x').searchParams.get('t')

    expect((await get(`/api/files/${other.id}?t=${token}`)).json()).toEqual(notFound)
    expect((await get(`/api/files/${mine.id}?t=${token}x`)).json()).toEqual(notFound)
    expect((await get(`/api/files/${mine.id}`)).json()).toEqual(notFound)
    expect((await get(`/api/files/${mine.id}`, { authorization: `Bearer ${tokens['demo-farmer-1']}` })).statusCode).toBe(200)
    // Before the photo is evidence of a case, nobody else may see it, not even the village committee.
    for (const openid of ['demo-farmer-2', 'demo-village-dongcun']) {
      const asked = await app.inject({
        method: 'POST',
        url: '/api/files/url',
        payload: { id: mine.id },
        headers: { authorization: `Bearer ${tokens[openid]}` },
      })
      expect(asked.json()).toEqual(notFound)
    }
    clock += 601_000
    const expired = await get(mine.url)
    expect(expired.statusCode).toBe(404)
    expect(expired.json()).toEqual(notFound)
    expect(expired.headers['x-content-type-options']).toBe('nosniff')
  })

  it('lets whoever may see the case see its photos once attached', async () => {
    const photo = (await upload('demo-farmer-1', multipart(Buffer.from(PNG_BYTES())))).json().data
    await col(runtime.store, 'uploads')
      .doc(photo.id)
      .update({ attachedTo: { collection: 'cases', id: 'case-1' } })
    const house = (await col(runtime.store, 'houses').where({ householdId: 'hh-dongcun-001' }).limit(1).get())[0]!
    // Only the fields the access rule reads; the raw store takes a partial case.
    await runtime.store.collection('cases').doc('case-1').set({ householdId: house.householdId, regionPath: house.regionPath })
    const urlFor = async (openid: string) =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/files/url',
          payload: { id: photo.id },
          headers: { authorization: `Bearer ${tokens[openid]}` },
        })
      ).json()
    for (const openid of ['demo-village-dongcun', 'demo-county']) {
      const { data } = await urlFor(openid)
      expect((await app.inject({ method: 'GET', url: data.url })).statusCode).toBe(200)
    }
    expect(await urlFor('demo-farmer-2')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it.each([
    ['no boundary', multipart(Buffer.from(PNG_BYTES())), 'multipart/form-data'],
    ['no closing boundary', multipart(Buffer.from(PNG_BYTES()), { close: false }), undefined],
    ['a body cut inside the headers', Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-da`), undefined],
    ['JSON instead of multipart', Buffer.from('{"file":"x"}'), 'application/json'],
    ['an unknown content type', Buffer.from('xxxx'), 'application/x-anything'],
    ['no body at all', Buffer.alloc(0), undefined],
  ])('answers BAD_INPUT at once for %s', async (_name, payload, contentType) => {
    const started = Date.now()
    const res = await upload('demo-farmer-1', payload, contentType)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('answers BAD_INPUT, not a hang, when a real connection stops sending mid-body', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = new URL(address)
    const body = multipart(Buffer.from(PNG_BYTES(4096)))
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect({ port: Number(port), host: '127.0.0.1' })
      let got = ''
      const giveUp = setTimeout(() => {
        socket.destroy()
        reject(new Error('the server hung'))
      }, 5_000)
      socket.on('data', (chunk) => {
        got += chunk.toString()
      })
      socket.on('close', () => {
        clearTimeout(giveUp)
        resolve(got)
      })
      socket.on('error', reject)
      socket.write(
        `POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${tokens['demo-farmer-1']}\r\n` +
          `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${body.length}\r\n\r\n`,
      )
      socket.write(body.subarray(0, 300)) // and then nothing more, with the socket still open
    })
    expect(answer).toMatch(/^HTTP\/1.1 200/)
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })
})
