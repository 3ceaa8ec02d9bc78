import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTIONS } from '../../../cloudfunctions/_lib/runtime/functions'
import { newId } from '../../../cloudfunctions/_lib/adapters/ids'
import { openSqliteStore } from '../../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'
import { createMovableClock } from '../../../cloudfunctions/_local/movable-clock'
import type { Envelope } from '@shared/api/errors'
import { createCalendar } from '@shared/domain/calendar'
import { payeeOf } from '@shared/domain/funds/payee'
import { INDEXES } from '@shared/store/collections'
import { COLLECTION_NAMES } from '@shared/usecases/collections'
import type { Deps } from '@shared/usecases/deps'
import { dispatchOutbox } from '@shared/usecases/dispatch-outbox'
import { seqOf } from '@shared/usecases/paging'
import { aCase } from '../../factories/case.factory'
import { aLine } from '../../factories/funds.factory'
import { aHousehold } from '../../factories/household.factory'
import { aUser } from '../../factories/user.factory'
import { openBulkWriter } from '../generate/bulk-writer'
import { type BatchFloor, benchBatchFloor } from './batch-floor'

/**
 * The money benchmark (issue 11): one batch of N due payments, each to its own household, built, approved,
 * exported (CSV and Excel), its bank result imported and every household told — all through the functions as they
 * run on CloudBase (router, audit trail; no schema check of writes, as NODE_ENV=production), timed on the server side. Then the same import once more
 * after a kill half-way, to show it resumes and pays nobody twice.
 */
export type BatchBench = {
  payments: number
  seedSeconds: number
  steps: Array<{ step: string; ms: number }>
  totalMs: number
  /** Lines paid and messages queued after the run (each must equal `payments`). */
  paid: number
  messages: number
  sentMessages: number
  exportBytes: { csv: number; xlsx: number }
  resumed: { paidBeforeKill: number; paidAfterResume: number; messages: number; ms: number }
  /** The same batch as bare SQL on the same file, in the store's layout and in the fastest one (batch-floor.ts). */
  floors: BatchFloor[]
}

const COUNTY = '371311'
const TOWNSHIP = '371311.101'
const VILLAGE = '371311.101.201'
const TODAY = '2026-11-23'

export function seedBatch(file: string, n: number): void {
  const writer = openBulkWriter(file, INDEXES, COLLECTION_NAMES)
  const template = aCase('under_construction', { mode: 'repair', gradeAtApplication: 'C' })
  for (let i = 0; i < n; i++) {
    const hh = `hh-b${i}`
    const c = { ...template, _id: `case-b${i}`, householdId: hh, caseNo: `AJB${i}`, seq: seqOf(template.createdAt, `case-b${i}`) }
    writer.put('cases', c)
    const household = aHousehold({ _id: hh, regionPath: VILLAGE, headName: `户主${i}`, houseIds: [] })
    writer.put('households', household)
    writer.put('users', aUser({ _id: `u-b${i}`, role: 'farmer', regionPath: VILLAGE, householdId: hh }))
    // As a milestone writes it: the one-card account on record when the payment fell due.
    const payee = payeeOf('household', household, null)
    writer.put('disbursements', aLine(c, 1, { amountFen: 250_000, dueOn: '2026-11-20', payee }))
  }
  for (const u of [
    aUser({ _id: 'u-maker', name: '冯财', role: 'finance', regionPath: COUNTY, householdId: undefined }),
    aUser({ _id: 'u-checker', name: '蒋审', role: 'finance', regionPath: COUNTY, householdId: undefined }),
  ])
    writer.put('users', u)
  writer.put('regions', { _id: TOWNSHIP, name: '甲镇', level: 'township', parent: COUNTY })
  writer.finish()
}

export async function benchBatch(dir: string, n = 100_000): Promise<BatchBench> {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'batch.sqlite')
  const seedStarted = Date.now()
  seedBatch(file, n)
  const seedSeconds = (Date.now() - seedStarted) / 1000
  const raw = openSqliteStore({ file, indexes: INDEXES })
  const clock = createMovableClock()
  clock.moveTo(TODAY)
  const deps: Deps = { store: raw, files: undefined as never, clock, calendar: createCalendar(), newId }
  const funds = FUNCTIONS.find((f) => f.name === 'funds')!
  const call = async <T>(who: string, data: Record<string, unknown>) => {
    const answer = (await funds.run(data, who, deps)) as Envelope<T>
    if (!answer.ok) throw new Error(`${String(data.action)}: ${answer.error.code} ${answer.error.message}`)
    return answer.data
  }
  const steps: BatchBench['steps'] = []
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const out = await work()
    steps.push({ step, ms: Math.round(performance.now() - started) })
    return out
  }

  const batch = await timed('batchCreate', () =>
    call<{ _id: string; lineCount: number }>('u-maker', {
      action: 'batchCreate',
      township: null,
      stage: null,
      dueBy: TODAY,
      key: 'bench-batch-1',
    }),
  )
  await timed('batchApprove', () => call('u-checker', { action: 'batchApprove', batchId: batch._id }))
  const csv = await timed('batchExport (CSV)', () =>
    call<{ base64: string }>('u-maker', { action: 'batchExport', batchId: batch._id, format: 'csv' }),
  )
  const xlsx = await timed('batchExport (Excel)', () =>
    call<{ base64: string }>('u-maker', { action: 'batchExport', batchId: batch._id, format: 'xlsx' }),
  )
  const rows = Buffer.from(csv.base64, 'base64').toString('utf8').split('\r\n').slice(1).filter(Boolean)
  const result = `客户流水号,处理结果,失败原因,银行流水号\r\n${rows.map((r, i) => `${r.split(',')[1]},成功,,YH${i}`).join('\r\n')}\r\n`
  const base64 = Buffer.from(result, 'utf8').toString('base64')
  await timed('bankImport', () => call('u-maker', { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64 }))
  let sentMessages = 0
  const sender = { send: async () => void sentMessages++ }
  await timed('notify (outbox)', async () => {
    for (;;) {
      const pass = await dispatchOutbox(deps, sender, 1000)
      if (pass.due === 0) break
    }
  })
  const paid = await raw.collection('disbursements').where({ status: 'paid' }).count()
  const messages = await raw.collection('notifications').where({ kind: 'funds_arrived' }).count()
  raw.close()
  return {
    payments: batch.lineCount,
    seedSeconds,
    steps,
    totalMs: steps.reduce((s, x) => s + x.ms, 0),
    paid,
    messages,
    sentMessages,
    exportBytes: { csv: Buffer.from(csv.base64, 'base64').length, xlsx: Buffer.from(xlsx.base64, 'base64').length },
    resumed: await benchResume(dir, Math.min(n, 20_000)),
    floors: [benchBatchFloor(dir, n, 'documents'), benchBatchFloor(dir, n, 'columns')],
  }
}

/** An import killed half-way (its store refuses every transaction from then on), then the same file again. */
async function benchResume(dir: string, n: number): Promise<BatchBench['resumed']> {
  const file = join(dir, 'resume.sqlite')
  seedBatch(file, n)
  const raw = openSqliteStore({ file, indexes: INDEXES })
  const clock = createMovableClock()
  clock.moveTo(TODAY)
  const base: Deps = { store: raw, files: undefined as never, clock, calendar: createCalendar(), newId }
  const funds = FUNCTIONS.find((f) => f.name === 'funds')!
  // The killed import answers INTERNAL on purpose; every other call must succeed.
  const call = async (deps: Deps, who: string, data: Record<string, unknown>) => {
    const answer = (await funds.run(data, who, deps)) as Envelope<any>
    return answer.ok ? answer.data : null
  }
  const batch = await call(base, 'u-maker', {
    action: 'batchCreate',
    township: null,
    stage: null,
    dueBy: TODAY,
    key: 'bench-resume',
  })
  await call(base, 'u-checker', { action: 'batchApprove', batchId: batch._id })
  const csv = await call(base, 'u-maker', { action: 'batchExport', batchId: batch._id, format: 'csv' })
  const rows = Buffer.from(csv.base64, 'base64').toString('utf8').split('\r\n').slice(1).filter(Boolean)
  const base64 = Buffer.from(
    `客户流水号,处理结果\r\n${rows.map((r: string) => `${r.split(',')[1]},成功`).join('\r\n')}\r\n`,
  ).toString('base64')
  let txs = 0
  const killAt = Math.ceil(n / 200 / 2)
  const dying: Deps = {
    ...base,
    store: {
      collection: (name) => base.store.collection(name),
      runTransaction: (fn) => (++txs > killAt ? Promise.reject(new Error('killed')) : base.store.runTransaction(fn)),
    },
  }
  await call(dying, 'u-maker', { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64 })
  const paidBeforeKill = await raw.collection('disbursements').where({ status: 'paid' }).count()
  const started = performance.now()
  await call(base, 'u-maker', { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64 })
  const ms = Math.round(performance.now() - started)
  const out = {
    paidBeforeKill,
    paidAfterResume: await raw.collection('disbursements').where({ status: 'paid' }).count(),
    messages: await raw.collection('notifications').where({ kind: 'funds_arrived' }).count(),
    ms,
  }
  raw.close()
  return out
}
