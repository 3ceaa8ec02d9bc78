import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** A file named like `js/app.1a2b3c4d.js` changes its name whenever its content changes. */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i
const COMPRESSED = /\.(br|gz)$/

export const IMMUTABLE = 'public, max-age=31536000, immutable'

/** What the browser may keep: hashed files for a year, everything else (index.html first) re-checked each time. */
export function cacheControlOf(path: string): string {
  return HASHED.test(path.replace(COMPRESSED, '')) ? IMMUTABLE : 'no-cache'
}

/**
 * The H5 build, served as the brotli or gzip copy written next to each file at build time when the browser accepts
 * it (on a weak link the bytes matter more than anything else), with caching that lets a second visit skip the network.
 */
export async function registerStaticAssets(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader('Cache-Control', cacheControlOf(path))
      // The same URL answers differently per Accept-Encoding; a cache in between must keep them apart.
      res.setHeader('Vary', 'Accept-Encoding')
    },
  })
}
