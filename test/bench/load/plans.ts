import { existsSync, readFileSync } from 'node:fs'
import Database from 'better-sqlite3'

export type Plan = { sql: string; plan: string; problem: string | null }

/**
 * What makes a read cost more as the data grows: walking a whole table, sorting every match before
 * the page is cut (a temp B-tree), or walking an index in order while filtering on something it does
 * not hold. A bare `SCAN … USING INDEX` with no WHERE is an ordered walk stopped by LIMIT: fine.
 */
export function problemOf(sql: string, plan: string): string | null {
  const lines = plan.split('\n')
  const bare = lines.find((l) => /^SCAN \S+$/.test(l.trim()))
  if (bare) return `full table scan: ${bare.trim()}`
  const sort = lines.find((l) => l.includes('USE TEMP B-TREE'))
  if (sort) return `sorts every match: ${sort.trim()}`
  const walk = lines.find((l) => /^SCAN \S+ USING (COVERING )?INDEX/.test(l.trim()))
  if (walk && /\bWHERE\b/i.test(sql)) return `filters while walking an index: ${walk.trim()}`
  return null
}

/** SQLite's plan for each SELECT the server prepared (values bound as NULL: the plan does not depend on them). */
export function readPlans(statementsFile: string, dbFile: string): Plan[] {
  if (!existsSync(statementsFile)) return []
  const sqls = [
    ...new Set(
      readFileSync(statementsFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as string),
    ),
  ]
  const db = new Database(dbFile, { readonly: true })
  try {
    return sqls
      .filter((sql) => /^\s*SELECT\b/i.test(sql))
      .map((sql) => {
        const params = (sql.match(/\?/g) ?? []).map(() => null)
        const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>
        const plan = rows.map((r) => r.detail).join('\n')
        return { sql, plan, problem: problemOf(sql, plan) }
      })
  } finally {
    db.close()
  }
}
