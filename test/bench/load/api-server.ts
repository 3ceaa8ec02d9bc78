/**
 * The product under load: the local server (`npm start`'s) on a generated data folder, in its own process,
 * with the legal date pinned to the dataset's. Every SQL text the store prepares is appended to
 * `<dir>/statements.jsonl` so the benchmark can read SQLite's plan for each query the actions ran.
 *
 *   node --import tsx test/bench/load/api-server.ts <data dir>
 */
import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { composeLocal } from '../../../cloudfunctions/_local/compose-local'
import { buildServer } from '../../../cloudfunctions/_local/server'
import { BENCH_TODAY } from '../generate/manifest'
import { serveToParent } from './spawn'

async function main(): Promise<void> {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: api-server.ts <data dir>')
  const seen = new Set<string>()
  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    if (!seen.has(sql)) {
      seen.add(sql)
      appendFileSync(join(dir, 'statements.jsonl'), `${JSON.stringify(sql)}\n`)
    }
    return prepare.call(this, sql)
  } as typeof prepare
  const runtime = await composeLocal(dir)
  runtime.clock.moveTo(BENCH_TODAY)
  const app = await buildServer({ runtime, dev: false })
  await serveToParent(app)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
