/**
 * The floor under load: the same HTTP framework and the same requests, answered by `floor-queries.ts`
 * straight from SQLite. `POST /floor/<action>`.
 *
 *   node --import tsx test/bench/load/floor-server.ts <database file>
 */
import Database from 'better-sqlite3'
import Fastify from 'fastify'
import { createFloor, type FloorAction } from './floor-queries'
import { serveToParent } from './spawn'

async function main(): Promise<void> {
  const file = process.argv[2]
  if (!file) throw new Error('usage: floor-server.ts <database file>')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  const floor = createFloor(db)
  const app = Fastify({ logger: false })
  app.post<{ Params: { action: FloorAction }; Body: Record<string, unknown> }>('/floor/:action', async (req) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
    return { ok: true, data: floor[req.params.action](token, req.body) }
  })
  await serveToParent(app)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
