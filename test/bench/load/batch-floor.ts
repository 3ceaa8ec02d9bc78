import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { fieldExpr, table } from '../../../cloudfunctions/_lib/adapters/sqlite/sql-query'
import { link } from '@shared/routes'
import { INDEXES } from '@shared/store/collections'
import { outboxRecord } from '@shared/usecases/notify'
import { seedBatch } from './batch'

/**
 * The least a bank batch can cost on the embedded store: the same file, documents, indexes and pragmas the store
 * uses, and for each step only the SQL no design can skip — one statement moving every line into the batch, one
 * read of the lines for the bank file, one statement marking them paid, one insert per message, one statement
 * marking the messages sent. No router, use case, audit trail, payee, receipt or case total on top.
 *
 * Measured twice: as the store lays tables out (JSON documents, indexes on json_extract), and with every indexed
 * field copied into a real column of its own, the fastest layout SQLite offers for these statements. The batch
 * benchmark is compared against both, so docs/bench.md says how far the code is from the store and the store from
 * the goal.
 */
export type FloorLayout = 'documents' | 'columns'
export type BatchFloor = { layout: FloorLayout; payments: number; steps: Array<{ step: string; ms: number }>; totalMs: number }

const COUNTY = '371311'
const AT = '2026-11-23T02:00:00.000Z'
const BATCH = 'bt_floor'

/** How a layout spells a field in SQL: the store's json_extract, or the column holding a copy of it. */
type Spell = (field: string) => string

export function benchBatchFloor(dir: string, n: number, layout: FloorLayout): BatchFloor {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `floor-${layout}.sqlite`)
  seedBatch(file, n)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  const spell = layout === 'columns' ? intoColumns(db) : fieldExpr
  const steps: BatchFloor['steps'] = []
  const timed = <T>(step: string, work: () => T): T => {
    const started = performance.now()
    const out = work()
    steps.push({ step, ms: Math.round(performance.now() - started) })
    return out
  }
  const f = spell
  const set = (fields: Record<string, string>) =>
    [
      `doc = json_set(doc,${Object.keys(fields)
        .map((k) => `'$.${k}',@${k}`)
        .join(',')})`,
      ...(layout === 'columns' ? Object.keys(fields).flatMap((k) => (isColumn(k) ? [`${f(k)} = @${k}`] : [])) : []),
    ].join(', ')
  const lines = table('disbursements')
  const messages = table('notifications')

  timed('lines into the batch (one UPDATE)', () =>
    db
      .prepare(
        `UPDATE ${lines} SET ${set({ status: '', batchId: '', updatedAt: '' })} WHERE ${f('region.county')} = @county AND ${f('status')} = 'due'`,
      )
      .run({ status: 'in_batch', batchId: BATCH, updatedAt: AT, county: COUNTY }),
  )
  const csv = timed('bank file (one SELECT, CSV)', () =>
    (db.prepare(`SELECT id, doc FROM ${lines} WHERE ${f('batchId')} = ?`).all(BATCH) as Array<{ id: string; doc: string }>)
      .map((r) => {
        const d = JSON.parse(r.doc) as { payee: { name: string; account: string }; amountFen: number }
        return `${r.id},${d.payee.name},${d.payee.account},${(d.amountFen / 100).toFixed(2)}`
      })
      .join('\r\n'),
  )
  const paid = timed(
    'lines paid (one UPDATE)',
    () =>
      db
        .prepare(
          `UPDATE ${lines} SET ${set({ status: '', paidOn: '', updatedAt: '' })} WHERE ${f('batchId')} = @batchId AND ${f('status')} = 'in_batch'`,
        )
        .run({ status: 'paid', paidOn: AT.slice(0, 10), updatedAt: AT, batchId: BATCH }).changes,
  )
  timed('messages queued (one INSERT each)', () => {
    const columns = layout === 'columns' ? INDEXED.notifications : []
    const insert = db.prepare(
      `INSERT INTO ${messages} (id, doc${columns.map((c) => `, ${f(c)}`).join('')}) VALUES (?, ?${columns.map(() => ', ?').join('')})`,
    )
    db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const { _id, ...body } = outboxRecord(`msg_l${i}_u-b${i}`, AT, {
          recipientId: `u-b${i}`,
          kind: 'funds_arrived',
          title: '补助资金已到账',
          body: `开工款¥2,500.00已于2026-11-23拨付到您的一卡通账户（6228****1234），凭证号YH${i}。`,
          fields: { amount: '¥2,500.00', date: '2026-11-23', stage: '开工款', caseNo: `AJB${i}`, account: '6228****1234' },
          page: link('payments'),
        })
        const values = columns.map((c) => {
          const v = (body as Record<string, unknown>)[c]
          return typeof v === 'boolean' ? Number(v) : v
        })
        insert.run(_id, JSON.stringify(body), ...values)
      }
    })()
  })
  timed('messages sent (one UPDATE)', () =>
    db
      .prepare(`UPDATE ${messages} SET ${set({ status: '', sentAt: '' })} WHERE ${f('status')} = 'pending'`)
      .run({ status: 'sent', sentAt: AT }),
  )
  db.close()
  if (paid !== n || csv.length === 0) throw new Error(`the floor paid ${paid} of ${n} lines`)
  return { layout, payments: n, steps, totalMs: steps.reduce((s, x) => s + x.ms, 0) }
}

/** The indexed fields of the two tables the batch writes most, each a column in the `columns` layout. */
const INDEXED = {
  disbursements: [...new Set(INDEXES.disbursements!.flatMap((i) => i.fields))],
  notifications: [...new Set(INDEXES.notifications!.flatMap((i) => i.fields))],
}
const columnOf = (field: string) => `c_${field.replace(/\./g, '_')}`
const isColumn = (field: string) => INDEXED.disbursements.includes(field) || INDEXED.notifications.includes(field)

/** Copies each indexed field into a column of its own and indexes the columns instead of the documents. */
function intoColumns(db: Database.Database): Spell {
  for (const [collection, fields] of Object.entries(INDEXED)) {
    const t = table(collection)
    for (const name of db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
      .all(collection) as Array<{ name: string }>)
      db.exec(`DROP INDEX "${name.name}"`)
    for (const field of fields) {
      db.exec(`ALTER TABLE ${t} ADD COLUMN ${columnOf(field)} ANY`)
      db.exec(`UPDATE ${t} SET ${columnOf(field)} = ${fieldExpr(field)}`)
    }
    for (const [k, index] of INDEXES[collection]!.entries()) {
      db.exec(`CREATE INDEX "floor_${collection}_${k}" ON ${t} (${index.fields.map(columnOf).join(', ')})`)
    }
  }
  db.exec('VACUUM')
  return (field) => (isColumn(field) ? columnOf(field) : fieldExpr(field))
}
