import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { generateDataset, type Manifest } from '../generate/dataset'
import { fire, type LoadResult } from './fire'
import { readPlans, type Plan } from './plans'
import { scenarios, type Scenario } from './scenarios'
import { timeSqlAlone, type SqlTiming } from './sql-alone'
import { startServer } from './spawn'
import { sweepLists } from './sweep'

export type LoadOptions = { connections: number; readSeconds: number; warmupSeconds: number; maxWrites: number }
export type ActionRow = { name: string; writes: boolean; api: LoadResult; floor: LoadResult; sql: SqlTiming | null }
export type SizeReport = { manifest: Manifest; actions: ActionRow[]; plans: Plan[]; sweepFailures: string[] }

/** One size end to end: generate, time the reads in-process, then load the API and the floor in turn. */
export async function benchSize(households: number, dir: string, options: LoadOptions, log = console.log): Promise<SizeReport> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'anju.db')
  log(`  generating ${households.toLocaleString('en')} households…`)
  const manifest = generateDataset({ households, file })
  log(`  generated in ${(manifest.generateMs / 1000).toFixed(1)} s, ${(manifest.fileBytes / 2 ** 20).toFixed(0)} MiB`)

  const reads = scenarios(manifest, 'first').filter((s) => !s.writes)
  const sql = timeSqlAlone(file, reads)

  const apiServer = await startServer('api-server.ts', [dir])
  const sweepFailures = await sweepLists(apiServer.url, manifest)
  const api = await loadAll(apiServer, scenarios(manifest, 'first'), (s) => `/api/${s.fn}`, options, log, 'api')
  const floor = await loadAll(await startServer('floor-server.ts', [file]), scenarios(manifest, 'second'), (s) => `/floor/${s.floor}`, options, log, 'floor')
  const actions = api.map((row, i) => ({ name: row.name, writes: row.writes, api: row.result, floor: floor[i]!.result, sql: sql.get(row.name) ?? null }))
  return { manifest, actions, plans: readPlans(join(dir, 'statements.jsonl'), file), sweepFailures }
}

async function loadAll(
  server: Awaited<ReturnType<typeof startServer>>,
  list: Scenario[],
  path: (s: Scenario) => string,
  options: LoadOptions,
  log: (line: string) => void,
  label: string,
): Promise<Array<{ name: string; writes: boolean; result: LoadResult }>> {
  try {
    const out = []
    for (const s of list) {
      const url = server.url + path(s)
      // Warm the JIT on the same path first: reads for a while, writes on a tenth of their records.
      const warmWrites = s.writes ? Math.min(200, Math.floor(s.available / 10)) : 0
      if (!s.writes && options.warmupSeconds > 0) await fire({ url, connections: options.connections, seconds: options.warmupSeconds }, s.call)
      if (warmWrites > 0) await fire({ url, connections: options.connections, amount: warmWrites }, s.call)
      const call = (i: number) => s.call(warmWrites + i)
      const plan = s.writes
        ? { url, connections: options.connections, amount: Math.min(s.available - warmWrites, options.maxWrites) }
        : { url, connections: options.connections, seconds: options.readSeconds }
      const result = await fire(plan, call)
      log(`  ${label.padEnd(5)} ${s.name.padEnd(16)} p50 ${result.p50} ms  p99 ${result.p99} ms  ${Math.round(result.rps)} req/s  (${result.requests} calls, ${result.failures} failed)`)
      out.push({ name: s.name, writes: s.writes, result })
    }
    return out
  } finally {
    await server.stop()
  }
}
