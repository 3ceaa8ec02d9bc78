import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { generateDataset } from '../generate/dataset'
import type { Manifest } from '../generate/manifest'
import { peakRssMiB } from './cpu'
import { fire, type LoadResult } from './fire'
import { readPlans, type Plan } from './plans'
import { scenarios, type Scenario } from './scenarios'
import { timeSqlAlone, type SqlTiming } from './sql-alone'
import { startServer, type Running } from './spawn'
import { sweepLists } from './sweep'

export type LoadOptions = {
  connections: number
  /** The inbox once more at this many connections: an inspection-season peak of officials at once. */
  peakConnections: number
  readSeconds: number
  warmupSeconds: number
  maxWrites: number
}
export type ActionRow = { name: string; writes: boolean; api: LoadResult; floor: LoadResult; sql: SqlTiming | null }
export type SizeReport = {
  manifest: Manifest
  actions: ActionRow[]
  /** The official inbox on the API at `peakConnections`. */
  peak: LoadResult
  /** The API server's largest resident memory over the whole size, in MiB. */
  apiPeakRssMiB: number
  plans: Plan[]
  sweepFailures: string[]
}

/** One size end to end: generate, time the reads in-process, then load the API and the floor side by side. */
export async function benchSize(households: number, dir: string, options: LoadOptions, log = console.log): Promise<SizeReport> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'anju.db')
  log(`  generating ${households.toLocaleString('en')} households…`)
  const manifest = generateDataset({ households, file })
  log(`  generated in ${(manifest.generateMs / 1000).toFixed(1)} s, ${(manifest.fileBytes / 2 ** 20).toFixed(0)} MiB`)

  const reads = scenarios(manifest, 'first').filter((s) => !s.writes)
  const sql = timeSqlAlone(file, reads)

  const api = await startServer('api-server.ts', [dir])
  const floor = await startServer('floor-server.ts', [file]).catch(async (error) => {
    await api.stop()
    throw error
  })
  try {
    const sweepFailures = await sweepLists(api.url, manifest)
    const sides: Sides = {
      api: { server: api, list: scenarios(manifest, 'first'), path: (s) => `/api/${s.fn}` },
      floor: { server: floor, list: scenarios(manifest, 'second'), path: (s) => `/floor/${s.floor}` },
    }
    const actions: ActionRow[] = []
    for (const [i, s] of sides.api.list.entries()) {
      const measured = s.writes ? await writeBoth(sides, i, options) : await readBoth(sides, i, options)
      for (const side of ['api', 'floor'] as const) {
        const r = measured[side]
        log(
          `  ${side.padEnd(5)} ${s.name.padEnd(16)} p50 ${r.p50} ms  p99 ${r.p99} ms  ${Math.round(r.rps)} req/s  ${Math.round(r.cpuUsPerCall)} µs CPU/call  (${r.requests} calls, ${r.failures} failed)`,
        )
      }
      actions.push({ name: s.name, writes: s.writes, ...measured, sql: sql.get(s.name) ?? null })
    }
    const inbox = sides.api.list[0]!
    const peak = await fire(
      {
        url: api.url + sides.api.path(inbox),
        serverPid: api.pid,
        connections: options.peakConnections,
        seconds: options.readSeconds,
      },
      inbox.call,
    )
    log(
      `  peak  ${inbox.name} at ${options.peakConnections} connections: p50 ${peak.p50} ms  p99 ${peak.p99} ms  ${Math.round(peak.rps)} req/s  (${peak.failures} failed)`,
    )
    const apiPeakRssMiB = peakRssMiB(api.pid)
    return { manifest, actions, peak, apiPeakRssMiB, plans: readPlans(join(dir, 'statements.jsonl'), file), sweepFailures }
  } finally {
    await Promise.all([api.stop(), floor.stop()])
  }
}

type Side = { server: Running; list: Scenario[]; path: (s: Scenario) => string }
type Sides = { api: Side; floor: Side }
type Both = { api: LoadResult; floor: LoadResult }

/**
 * Reads alternate between the API and the floor one second at a time, so a slow spell of this shared VM
 * falls on both sides alike; the round medians of p50 and p99 are reported, and throughput over all rounds.
 */
async function readBoth(sides: Sides, i: number, options: LoadOptions): Promise<Both> {
  const rounds: Record<keyof Sides, LoadResult[]> = { api: [], floor: [] }
  const run = (side: keyof Sides, seconds: number) => {
    const { server, list, path } = sides[side]
    const s = list[i]!
    return fire({ url: server.url + path(s), serverPid: server.pid, connections: options.connections, seconds }, s.call)
  }
  if (options.warmupSeconds > 0) {
    await run('api', options.warmupSeconds)
    await run('floor', options.warmupSeconds)
  }
  for (let r = 0; r < options.readSeconds; r++) {
    rounds.api.push(await run('api', 1))
    rounds.floor.push(await run('floor', 1))
  }
  return { api: combine(rounds.api), floor: combine(rounds.floor) }
}

/** Writes use each record once: the API's share, then the floor's, after a tenth of each to warm up. */
async function writeBoth(sides: Sides, i: number, options: LoadOptions): Promise<Both> {
  const out = {} as Both
  for (const side of ['api', 'floor'] as const) {
    const { server, list, path } = sides[side]
    const s = list[i]!
    const url = server.url + path(s)
    const warm = Math.min(200, Math.floor(s.available / 10))
    if (warm > 0) await fire({ url, serverPid: server.pid, connections: options.connections, amount: warm }, s.call)
    const amount = Math.min(s.available - warm, options.maxWrites)
    out[side] = await fire({ url, serverPid: server.pid, connections: options.connections, amount }, (n) => s.call(warm + n))
  }
  return out
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function combine(rounds: LoadResult[]): LoadResult {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0)
  const seconds = rounds.reduce((sum, r) => sum + r.requests / Math.max(r.rps, 1e-9), 0)
  const cpuUs = rounds.reduce((sum, r) => sum + r.cpuUsPerCall * r.requests, 0)
  return {
    requests,
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
    firstFailure: rounds.find((r) => r.firstFailure)?.firstFailure ?? null,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    rps: requests / Math.max(seconds, 1e-9),
    cpuUsPerCall: cpuUs / Math.max(requests, 1),
  }
}
