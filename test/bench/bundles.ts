/**
 * What a cold start costs each cloud function: the bundle's size, the time to require it in a fresh node
 * process, and the time the first call then adds by loading @cloudbase/node-sdk (loaded lazily, so
 * `requireMs` alone is what the platform waits for before it can hand over the event).
 */
import { execFile } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { buildFunctions } from '../../cloudfunctions/_build/build-functions'

const ROOT = resolve(__dirname, '..', '..')
// Inside the repository, so the bundles find @cloudbase/node-sdk in its node_modules as they would in the cloud.
const OUT = join(ROOT, 'dist', 'bench-functions')

export type BundleRow = {
  name: string
  bytes: number
  /** Median over `runs` fresh processes. */
  requireMs: number
  /** Median time to then require @cloudbase/node-sdk in the same process: what the first call pays. */
  sdkLoadMs: number
}

const run = promisify(execFile)

async function timeOnce(file: string): Promise<[number, number]> {
  // createRequire resolves the SDK from the bundle's folder, the way the bundle itself will.
  const script = `
    const sdkRequire = require('node:module').createRequire(${JSON.stringify(file)});
    const t0 = process.hrtime.bigint();
    require(${JSON.stringify(file)});
    const t1 = process.hrtime.bigint();
    sdkRequire('@cloudbase/node-sdk');
    const t2 = process.hrtime.bigint();
    process.stdout.write(JSON.stringify([Number(t1 - t0) / 1e6, Number(t2 - t1) / 1e6]));
  `
  const { stdout } = await run(process.execPath, ['-e', script], { cwd: ROOT, timeout: 30_000 })
  return JSON.parse(stdout)
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export async function measureBundles(opts: { runs?: number } = {}): Promise<BundleRow[]> {
  const runs = opts.runs ?? 7
  try {
    const rows: BundleRow[] = []
    for (const fn of await buildFunctions(OUT)) {
      // One process at a time: parallel runs would measure contention for the two cores, not the bundle.
      const samples: [number, number][] = []
      for (let i = 0; i < runs; i++) samples.push(await timeOnce(join(fn.dir, 'index.js')))
      rows.push({
        name: fn.name,
        bytes: fn.bytes,
        requireMs: median(samples.map((s) => s[0])),
        sdkLoadMs: median(samples.map((s) => s[1])),
      })
    }
    return rows
  } finally {
    rmSync(OUT, { recursive: true, force: true })
  }
}
