import ExcelJS from 'exceljs'
import { parseCsv } from '@shared/domain/csv'
import type { CasePlan } from '@shared/schemas/application'
import { col, withoutId } from '@shared/usecases/collections'
import { aCase } from '../../factories/case.factory'
import { PATHS, USERS } from '../../factories/world.factory'
import { dataOf, refuser, withWorld } from '../call'
import { FINANCE2, b64, bankResultCsv, csvOf } from './fixtures'
import { aRepairPlan } from '../../factories/funds.factory'

/** hh-1's C house repaired, its agreement signed: the cap is the district's ¥17,000. */
const PLAN: CasePlan = aRepairPlan()

describe('funds: from a signed agreement to money in the one-card account', () => {
  const t = withWorld('2026-11-23')
  const refused = refuser(t)
  beforeEach(async () => {
    const c = aCase('agreement_signed', { mode: 'repair', gradeAtApplication: 'C', plan: PLAN })
    await col(t.world.store, 'cases').doc(c._id).set(withoutId(c))
    await col(t.world.store, 'users').doc(FINANCE2._id).set(withoutId(FINANCE2))
  })
  const stored = async () => (await col(t.world.store, 'cases').doc('case-1').get())!
  const works = (who: string, milestone: string) => t.call('works', who, { action: 'record', caseId: 'case-1', milestone })
  const funds = (who: string, data: Record<string, unknown>) => t.call('funds', who, data)
  const lines = () => col(t.world.store, 'disbursements').where({ caseId: 'case-1' }).orderBy('seq', 'asc').limit(50).get()
  const fundsMessages = () =>
    col(t.world.store, 'notifications').where({ recipientId: USERS.farmer._id, kind: 'funds_arrived' }).limit(50).get()

  async function payThroughBank(key: string, ok = true) {
    const batch = dataOf(
      await funds(USERS.finance._id, { action: 'batchCreate', township: null, stage: null, dueBy: '2026-11-23', key }),
    )
    dataOf(await funds(FINANCE2._id, { action: 'batchApprove', batchId: batch._id }))
    const file = dataOf(await funds(USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'csv' }))
    const ids = csvOf(file.base64).map((r) => r[1]!)
    const result = bankResultCsv(ids.map((id) => ({ id, ok, reason: ok ? '' : '账户已销户' })))
    const imported = dataOf(
      await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'result.csv', base64: b64(result) }),
    )
    return { batch, file, ids, result, imported }
  }

  it('works start → start-up money → a batch approved by a second officer → paid, told once, books balanced', async () => {
    expect((await refused('works', USERS.county._id, { action: 'record', caseId: 'case-1', milestone: 'start' })).code).toBe(
      'BAD_INPUT',
    )
    expect(dataOf(await works(USERS.townshipA._id, 'start')).state).toBe('under_construction')
    const waiting = dataOf(await funds(USERS.finance._id, { action: 'allocatable', kind: 'start' }))
    expect(waiting.items).toEqual([
      expect.objectContaining({ caseId: 'case-1', amountFen: 500_000, fundingSource: 'higher_level' }),
    ])

    const allocated = dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    expect(allocated).toMatchObject({ allocatedFen: 500_000, items: [{ amountFen: 500_000, linesDue: 1 }] })
    // Allocating again sends nothing more.
    const again = dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    expect(again).toMatchObject({ allocatedFen: 0, items: [{ amountFen: 0, reason: '预拨启动资金已下达过' }] })
    expect(await lines()).toEqual([expect.objectContaining({ stage: 'start', amountFen: 250_000, status: 'due' })])

    const batch = dataOf(
      await funds(USERS.finance._id, {
        action: 'batchCreate',
        township: null,
        stage: null,
        dueBy: '2026-11-23',
        key: 'batch-key-1',
      }),
    )
    expect(batch).toMatchObject({ status: 'built', lineCount: 1, totalFen: 250_000, makerId: USERS.finance._id })
    expect((await refused('funds', USERS.finance._id, { action: 'batchApprove', batchId: batch._id })).code).toBe(
      'SECOND_OFFICIAL_REQUIRED',
    )
    expect((await refused('funds', USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'csv' })).code).toBe(
      'INVALID_TRANSITION',
    )
    expect(dataOf(await funds(FINANCE2._id, { action: 'batchApprove', batchId: batch._id })).status).toBe('approved')

    const file = dataOf(await funds(USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'csv' }))
    const rows = csvOf(file.base64)
    expect(rows).toEqual([
      [`1`, 'dl_case-1_start_1', '张三', '6217000012345678', '农村商业银行', '2500.00', expect.any(String), batch.batchNo],
    ])
    const xlsx = dataOf(await funds(USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'xlsx' }))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('代发明细')!
    expect(sheet.getRow(1).getCell(2).text).toBe('客户流水号')
    const account = sheet.getRow(2).getCell(4)
    // The account stays text (a 16-digit number would lose digits) in a text-formatted column.
    expect([account.value, account.numFmt]).toEqual(['6217000012345678', '@'])
    expect(sheet.getRow(2).getCell(2).text).toBe('dl_case-1_start_1')
    expect(sheet.actualRowCount).toBe(2)

    const result = b64(bankResultCsv([{ id: 'dl_case-1_start_1', ok: true, reason: '' }]))
    const imported = dataOf(
      await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64: result }),
    )
    expect(imported).toMatchObject({ paid: 1, failed: 0, already: 0, batch: { status: 'done', paidFen: 250_000 } })
    expect((await stored()).paidFen).toBe(250_000)
    const told = await fundsMessages()
    expect(told).toHaveLength(1)
    expect(told[0]!.fields).toMatchObject({ amount: '¥2,500.00', stage: '开工启动资金' })
    expect(told[0]!.body).not.toContain('6217000012345678')

    const mine = dataOf(await t.call('payment', USERS.farmer._id, { action: 'mine' }))
    expect(mine.timeline).toEqual([
      expect.objectContaining({ caseId: 'case-1', totalFen: 1_700_000, receivedFen: 250_000, toComeFen: 1_450_000 }),
    ])
    expect(
      mine.timeline[0]!.stages.map((s: { stage: string; expectedFen: number; status: string }) => [
        s.stage,
        s.expectedFen,
        s.status,
      ]),
    ).toEqual([
      ['start', 250_000, 'received'],
      ['structure', 150_000, 'waiting'],
      ['acceptance', 100_000, 'waiting'],
      ['settlement', 1_200_000, 'waiting'],
    ])

    const books = dataOf(await funds(USERS.county._id, { action: 'reconcile' }))
    expect(books.balanced).toBe(true)
    expect(books.total).toMatchObject({ allocatedFen: 500_000, paidFen: 250_000, heldFen: 250_000, committedFen: 1_700_000 })
    expect(books.rows).toEqual([expect.objectContaining({ township: PATHS.townshipA, townshipName: '甲镇', households: 1 })])
  })

  it('each milestone makes its share due; settlement below the plan pays the rest exactly and returns nothing owed', async () => {
    dataOf(await works(USERS.townshipA._id, 'start'))
    dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    await payThroughBank('k-start-00')
    dataOf(await works(USERS.townshipA._id, 'structure'))
    expect(
      (await refused('works', USERS.townshipA._id, { action: 'record', caseId: 'case-1', milestone: 'structure' })).code,
    ).toBe('INVALID_TRANSITION')
    dataOf(await works(USERS.county._id, 'acceptance'))
    expect((await lines()).map((l) => [l.stage, l.amountFen, l.status])).toEqual([
      ['start', 250_000, 'paid'],
      ['structure', 150_000, 'due'],
      ['acceptance', 100_000, 'due'],
    ])

    const settled = dataOf(
      await funds(USERS.finance._id, { action: 'settle', caseId: 'case-1', costFen: 1_234_567, reviewRef: 'PS-2027-001' }),
    )
    expect(settled).toMatchObject({ approvedFen: 1_234_567, recoveryFen: 0, finalFen: 984_567, cancelled: 2, returnedFen: 0 })
    expect((await stored()).state).toBe('settled')
    const remainder = dataOf(await funds(USERS.finance._id, { action: 'allocatable', kind: 'remainder' }))
    expect(remainder.items[0]).toMatchObject({ amountFen: 734_567 })
    dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'remainder', caseIds: ['case-1'] }))
    await payThroughBank('k-final-00')
    const c = await stored()
    expect(c.paidFen).toBe(1_234_567)
    expect(c.allocatedFen).toBe(1_234_567)
    expect(await fundsMessages()).toHaveLength(3)
    const books = dataOf(await funds(USERS.finance._id, { action: 'reconcile' }))
    expect(books).toMatchObject({ balanced: true, total: { paidFen: 1_234_567, heldFen: 0, dueFen: 0 } })
  })

  it('a settled cost below what was paid is flagged for recovery, never paid negative; the unneeded money goes back', async () => {
    dataOf(await works(USERS.townshipA._id, 'start'))
    dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    await payThroughBank('k-start-00')
    dataOf(await works(USERS.townshipA._id, 'structure'))
    dataOf(await works(USERS.county._id, 'acceptance'))
    const settled = dataOf(
      await funds(USERS.finance._id, { action: 'settle', caseId: 'case-1', costFen: 200_000, reviewRef: 'PS-2027-002' }),
    )
    expect(settled).toMatchObject({ approvedFen: 200_000, recoveryFen: 50_000, finalFen: 0, returnedFen: 250_000 })
    expect((await lines()).filter((l) => l.status !== 'cancelled').map((l) => l.amountFen)).toEqual([250_000])
    const books = dataOf(await funds(USERS.finance._id, { action: 'reconcile' }))
    expect(books.total).toMatchObject({ allocatedFen: 250_000, paidFen: 250_000, heldFen: 0, recoveryFen: 50_000 })
    expect(books.differences).toEqual([expect.objectContaining({ kind: 'recovery', fen: 50_000 })])
  })

  it('a failed transfer goes back to be paid again with the bank’s reason, and the next batch pays it', async () => {
    dataOf(await works(USERS.townshipA._id, 'start'))
    dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    const first = await payThroughBank('k-fail-000', false)
    expect(first.imported).toMatchObject({ paid: 0, failed: 1, batch: { status: 'done', failedFen: 250_000 } })
    expect((await lines())[0]).toMatchObject({ status: 'failed', failReason: '账户已销户' })
    expect(await fundsMessages()).toHaveLength(0)
    const due = dataOf(await funds(USERS.finance._id, { action: 'due', dueBy: '2026-11-23' }))
    expect(due.items).toEqual([expect.objectContaining({ status: 'failed', count: 1, totalFen: 250_000 })])
    const second = await payThroughBank('k-retry-00')
    expect(second.imported).toMatchObject({ paid: 1 })
    expect((await lines())[0]).toMatchObject({ status: 'paid', tries: 1, failReason: null })
    expect(await fundsMessages()).toHaveLength(1)
  })

  it('a bank file line for another batch, an unknown result or a wrong amount changes nothing', async () => {
    dataOf(await works(USERS.townshipA._id, 'start'))
    dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    const batch = dataOf(
      await funds(USERS.finance._id, {
        action: 'batchCreate',
        township: null,
        stage: null,
        dueBy: '2026-11-23',
        key: 'k-bad-0000',
      }),
    )
    dataOf(await funds(FINANCE2._id, { action: 'batchApprove', batchId: batch._id }))
    dataOf(await funds(USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'csv' }))
    const wrongAmount = b64('客户流水号,结果,原因,金额\r\ndl_case-1_start_1,成功,,2600.00\r\n')
    const out = dataOf(
      await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64: wrongAmount }),
    )
    expect(out).toMatchObject({
      paid: 0,
      problems: [expect.objectContaining({ message: expect.stringContaining('金额与批次不符') })],
    })
    const nonsense = b64('客户流水号,结果\r\ndl_case-1_start_1,也许\r\n')
    expect(
      (
        await refused('funds', USERS.finance._id, {
          action: 'bankImport',
          batchId: batch._id,
          fileName: 'r.csv',
          base64: nonsense,
        })
      ).code,
    ).toBe('BAD_INPUT')
    expect(parseCsv(Buffer.from(wrongAmount, 'base64').toString())).toHaveLength(2)
    expect((await stored()).paidFen).toBe(0)
  })
})
