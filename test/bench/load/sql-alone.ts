import Database from 'better-sqlite3'
import { createFloor } from './floor-queries'
import type { Scenario } from './scenarios'

export type SqlTiming = { p50Us: number; p99Us: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!

/** The floor's read done in-process, with no HTTP at all: what the query and JSON parsing alone cost. */
export function timeSqlAlone(dbFile: string, reads: Scenario[], calls = 3_000): Map<string, SqlTiming> {
  const db = new Database(dbFile, { readonly: true })
  try {
    const floor = createFloor(db)
    const out = new Map<string, SqlTiming>()
    for (const s of reads) {
      const run = floor[s.floor]
      for (let i = 0; i < 200; i++) run(s.call(i).token, s.call(i).body) // warm the page cache and the JIT
      const samples: number[] = []
      for (let i = 0; i < calls; i++) {
        const { token, body } = s.call(i)
        const t = process.hrtime.bigint()
        run(token, body)
        samples.push(Number(process.hrtime.bigint() - t) / 1000)
      }
      samples.sort((a, b) => a - b)
      out.set(s.name, { p50Us: percentile(samples, 50), p99Us: percentile(samples, 99) })
    }
    return out
  } finally {
    db.close()
  }
}
