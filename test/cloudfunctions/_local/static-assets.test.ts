import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import Fastify, { type FastifyInstance } from 'fastify'
import { precompress } from '../../../cloudfunctions/_build/precompress'
import { cacheControlOf, IMMUTABLE, registerStaticAssets } from '../../../cloudfunctions/_local/static-assets'

/** The H5 build over a weak link: compressed copies chosen by Accept-Encoding, hashed files cached for a year. */
describe('static assets', () => {
  let dir: string
  let app: FastifyInstance
  const script = `console.log(${JSON.stringify('农房安居'.repeat(400))})`

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anju-static-'))
    mkdirSync(join(dir, 'js'))
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>农房安居</title>${'<div></div>'.repeat(200)}`)
    writeFileSync(join(dir, 'js/app.1a2b3c4d.js'), script)
    writeFileSync(join(dir, 'js/tiny.5e6f7a8b.js'), '1')
    precompress(dir)
    app = Fastify()
    await registerStaticAssets(app, dir)
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const get = (url: string, encoding?: string) =>
    app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} })

  it('answers brotli when the browser takes it, and the body is the file', async () => {
    const res = await get('/js/app.1a2b3c4d.js', 'gzip, deflate, br')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect(res.headers.vary).toMatch(/Accept-Encoding/)
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script)
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4)
  })

  it('answers gzip to a browser without brotli', async () => {
    const res = await get('/js/app.1a2b3c4d.js', 'gzip')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(res.rawPayload).toString()).toBe(script)
  })

  it('answers the plain file when no encoding is accepted, or when the file is too small to compress', async () => {
    const plain = await get('/js/app.1a2b3c4d.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(script)
    const tiny = await get('/js/tiny.5e6f7a8b.js', 'br')
    expect(tiny.headers['content-encoding']).toBeUndefined()
    expect(tiny.body).toBe('1')
  })

  it('keeps hashed files for a year, compressed or not', async () => {
    expect((await get('/js/app.1a2b3c4d.js', 'br')).headers['cache-control']).toBe(IMMUTABLE)
    expect((await get('/js/app.1a2b3c4d.js')).headers['cache-control']).toBe(IMMUTABLE)
  })

  it('makes the browser re-check index.html, so a new build is picked up at once', async () => {
    const res = await get('/', 'br')
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['content-type']).toMatch(/html/)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('农房安居')
  })

  it('tells a hashed name from a plain one', () => {
    expect(cacheControlOf('/h5/css/vendors.e182aa94.css.gz')).toBe(IMMUTABLE)
    expect(cacheControlOf('/h5/index.html.br')).toBe('no-cache')
    expect(cacheControlOf('/h5/static/logo.png')).toBe('no-cache')
  })
})
