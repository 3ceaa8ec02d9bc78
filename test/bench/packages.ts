/**
 * What the client costs to download: the mini-program's main package and subpackages as WeChat counts them
 * (2 MB each at most, 600 KB our goal for the main package), and the H5 app's JavaScript, raw and gzipped.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { HARD_LIMIT, MAIN_GOAL, packageBytes, packageFiles, readAppJson, subpackagesOf } from '../weapp/package-sizes'

const ROOT = path.resolve(__dirname, '..', '..')
const WEAPP = path.join(ROOT, 'dist', 'weapp')
const H5 = path.join(ROOT, 'dist', 'h5')

export type JsFile = { file: string; bytes: number; gzipBytes: number }

export type PackageReport = {
  weapp: {
    mainBytes: number
    mainGoalBytes: number
    limitBytes: number
    /** Bytes per subpackage root, e.g. `packages/review`. */
    subpackages: Record<string, number>
    /** null when measuring an existing build. */
    buildMs: number | null
  }
  h5: {
    jsFiles: number
    jsBytes: number
    /** Sum of each file gzipped on its own, as a server compresses them. */
    jsGzipBytes: number
    largest: JsFile
    buildMs: number | null
  }
}

/** Resolves with the build's wall time; rejects with the tail of its output. */
function build(script: 'build:weapp' | 'build:h5'): Promise<number> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    // Taro minifies and drops dev-only code only in production; the caller's NODE_ENV may be test or unset.
    const child = spawn('npm', ['run', script], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } })
    let output = ''
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(Date.now() - started) : reject(new Error(`npm run ${script} failed (exit ${code}):\n${output}`)),
    )
  })
}

function listJs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return listJs(full)
    return e.name.endsWith('.js') ? [full] : []
  })
}

function measureWeapp(buildMs: number | null): PackageReport['weapp'] {
  const { main, sub } = packageBytes(WEAPP, packageFiles(WEAPP), subpackagesOf(readAppJson(WEAPP)))
  return { mainBytes: main, mainGoalBytes: MAIN_GOAL, limitBytes: HARD_LIMIT, subpackages: sub, buildMs }
}

function measureH5(buildMs: number | null): PackageReport['h5'] {
  const files: JsFile[] = listJs(H5).map((f) => {
    const code = fs.readFileSync(f)
    return { file: path.relative(H5, f).split(path.sep).join('/'), bytes: code.length, gzipBytes: gzipSync(code).length }
  })
  if (files.length === 0) throw new Error(`no .js files under ${path.relative(ROOT, H5)}: build the H5 app first`)
  return {
    jsFiles: files.length,
    jsBytes: files.reduce((n, f) => n + f.bytes, 0),
    jsGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    largest: files.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
    buildMs,
  }
}

/** Builds both clients first unless `build: false`, which measures dist/weapp and dist/h5 as they are. */
export async function measurePackages(opts: { build?: boolean } = {}): Promise<PackageReport> {
  const fresh = opts.build ?? true
  // One after the other: each webpack build wants both cores.
  const weappMs = fresh ? await build('build:weapp') : null
  const h5Ms = fresh ? await build('build:h5') : null
  return { weapp: measureWeapp(weappMs), h5: measureH5(h5Ms) }
}
