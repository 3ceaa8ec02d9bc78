import { rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { IndexSpec } from '../../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'
import { createIndexSql, createTableSql, table } from '../../../cloudfunctions/_lib/adapters/sqlite/sql-query'

/**
 * Writes generated documents straight into the tables the SQLite store uses — the same table and index
 * DDL, so the store opens the file as its own. Indexes are built once at the end: sorting a million keys
 * once is far cheaper than keeping an index ordered through a million inserts.
 */
export function openBulkWriter(file: string, indexes: IndexSpec, collections: readonly string[]) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  const db = new Database(file)
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  const inserts = new Map(
    collections.map((name) => {
      db.exec(createTableSql(name))
      return [name, db.prepare(`INSERT INTO ${table(name)} (id, doc) VALUES (?, ?)`)] as const
    }),
  )
  let pending: Array<[string, string, string]> = []
  const counts: Record<string, number> = Object.fromEntries(collections.map((c) => [c, 0]))
  const flushAll = db.transaction((rows: Array<[string, string, string]>) => {
    for (const [collection, id, body] of rows) inserts.get(collection)!.run(id, body)
  })
  const flush = () => {
    flushAll(pending)
    pending = []
  }

  return {
    put(collection: string, doc: { _id: string; [field: string]: unknown }) {
      const { _id, ...body } = doc
      pending.push([collection, _id, JSON.stringify(body)])
      counts[collection]!++
      if (pending.length >= 20_000) flush()
    },
    counts,
    /** Builds the indexes and leaves the file in the journal mode the store uses. */
    finish(): void {
      flush()
      for (const [collection, specs] of Object.entries(indexes)) {
        for (const spec of specs) db.exec(createIndexSql(collection, spec.fields, spec.unique ?? false))
      }
      db.pragma('journal_mode = WAL')
      db.close()
    },
  }
}
export type BulkWriter = ReturnType<typeof openBulkWriter>
