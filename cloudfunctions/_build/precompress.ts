import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TEXT = /\.(js|css|html|json|svg|txt|map)$/
/** Files this small gain too little from compression to be worth a second and third copy. */
const MIN_BYTES = 1024

export type Precompressed = { file: string; bytes: number; gzip: number; brotli: number }

/** Writes `<file>.br` and `<file>.gz` next to every text file of a build, at the strongest settings (done once). */
export function precompress(dir: string): Precompressed[] {
  const out: Precompressed[] = []
  for (const file of filesOf(dir)) {
    if (!TEXT.test(file)) continue
    const body = readFileSync(file)
    if (body.length < MIN_BYTES) continue
    const gz = gzipSync(body, { level: 9 })
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
    writeFileSync(`${file}.gz`, gz)
    writeFileSync(`${file}.br`, br)
    out.push({ file, bytes: body.length, gzip: gz.length, brotli: br.length })
  }
  return out
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesOf(path) : [path]
  })
}
