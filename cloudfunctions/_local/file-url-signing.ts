import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * H5's `<Image src>` cannot send the bearer header, so a file URL carries its own proof: who asked for it, until
 * when, and an HMAC over those and the upload id. The route still checks that this person may see the file now.
 */

const TOKEN = /^([A-Za-z0-9_-]{1,128})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/

/** The server's signing key, made once and kept in the data folder so URLs survive a restart. */
export function loadOrCreateKey(path: string): Buffer {
  if (existsSync(path)) return readFileSync(path)
  mkdirSync(dirname(path), { recursive: true })
  const key = randomBytes(32)
  writeFileSync(path, key, { mode: 0o600 })
  return key
}

export type FileUrlSigner = ReturnType<typeof createFileUrlSigner>

export function createFileUrlSigner(key: Buffer, options: { ttlSeconds?: number; now?: () => number } = {}) {
  const ttl = options.ttlSeconds ?? 15 * 60
  const now = options.now ?? Date.now
  const mac = (uploadId: string, who: string, expires: string) =>
    createHmac('sha256', key).update(`${uploadId}\n${who}\n${expires}`).digest('base64url')

  return {
    /** A URL for `openid` to fetch upload `uploadId`, good for the next `ttlSeconds`. */
    url(uploadId: string, openid: string): string {
      const who = Buffer.from(openid).toString('base64url')
      const expires = String(Math.floor(now() / 1000) + ttl)
      return `/api/files/${uploadId}?t=${who}.${expires}.${mac(uploadId, who, expires)}`
    },
    /** The OPENID the token was made for, or null when it is malformed, altered, for another file or expired. */
    verify(uploadId: string, token: unknown): string | null {
      const parts = typeof token === 'string' ? TOKEN.exec(token) : null
      if (!parts) return null
      const [, who, expires, signature] = parts as unknown as [string, string, string, string]
      const expected = Buffer.from(mac(uploadId, who, expires))
      if (!timingSafeEqual(expected, Buffer.from(signature))) return null
      if (Number(expires) * 1000 <= now()) return null
      return Buffer.from(who, 'base64url').toString()
    },
  }
}
