import ExcelJS from 'exceljs'
import { DomainError } from '../../domain/errors'
import { type BankResult, type ResultProblem, parseResultRows } from '../../domain/funds/bank-file'
import { LINES_PER_TX } from '../../domain/funds/batch'
import { payeeOf } from '../../domain/funds/payee'
import { type CsvRow, parseCsv } from '../../domain/csv'
import { cmp, MAX_READ } from '../../ports/document-store'
import type { Batch, Disbursement } from '../../schemas/funds'
import { BATCH_STATUS_LABEL } from '../../schemas/funds'
import type { Payment } from '../../schemas/payment'
import type { Transaction } from '../../ports/document-store'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { fundsArrivedMessage, outboxRecord } from '../notify'
import { seqOf } from '../paging'
import { batchOfCounty } from './batch-steps'

type Input = { batchId: string; fileName: string; base64: string }

/** The receipt and the message of a paid line have ids derived from the line: written twice, they are one. */
export const receiptId = (lineId: string) => `pay_${lineId}`
const messageId = (lineId: string, userId: string) => `msg_${lineId}_${userId}`

async function rowsOf(fileName: string, bytes: Buffer): Promise<CsvRow[]> {
  if (/\.xlsx$/i.test(fileName)) {
    const book = new ExcelJS.Workbook()
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer)
    } catch {
      throw new DomainError('bad_input', '回单文件不是有效的Excel文件', { field: 'base64' })
    }
    const sheet = book.worksheets[0]
    if (!sheet) return []
    const rows: CsvRow[] = []
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = cell.text ?? ''
      })
      rows.push({ line, cells: Array.from(cells, (c) => c ?? '') })
    })
    return rows
  }
  if (/\.csv$/i.test(fileName) || /\.txt$/i.test(fileName)) return parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  throw new DomainError('bad_input', '回单文件应为 .csv 或 .xlsx', { field: 'fileName' })
}

/**
 * The bank's result for an exported batch, applied a few hundred lines per transaction. A success marks the line
 * paid, adds to the case's paid total, writes the receipt and queues "资金到账" to everyone signed in for the
 * household, all in one transaction with ids derived from the line — so a crash anywhere leaves each line either
 * untouched or paid-and-told, and importing the file again (after a crash, or twice) pays and tells nobody twice.
 * A failure sends the line back to be batched again, with the bank's reason.
 */
export async function importBankResult(deps: Deps, caller: Registered, input: Input) {
  const batch = await batchOfCounty(deps, caller, input.batchId)
  if (batch.status !== 'exported' && batch.status !== 'done') {
    throw new DomainError('invalid_transition', `该批次${BATCH_STATUS_LABEL[batch.status]}，导出银行文件后才能导入回单`)
  }
  const bytes = Buffer.from(input.base64, 'base64')
  if (bytes.length === 0) throw new DomainError('bad_input', '回单文件是空的', { field: 'base64' })
  const parsed = parseResultRows(await rowsOf(input.fileName, bytes))
  const problems: ResultProblem[] = [...parsed.problems]
  const results = oneResultPerLine(parsed.results, problems)
  if (results.length === 0 && problems.length > 0) {
    throw new DomainError('bad_input', problems[0]!.message, { problems: problems.slice(0, 20) })
  }

  const { at, today } = nowOf(deps)
  let paid = 0
  let failed = 0
  let already = 0
  let current = batch
  for (let i = 0; i < results.length; i += LINES_PER_TX) {
    const chunk = results.slice(i, i + LINES_PER_TX)
    const recipients = await recipientsOf(deps, chunk)
    const out = await deps.store.runTransaction((tx) => applyChunk(tx, caller, batch._id, chunk, recipients, at, today))
    paid += out.paid
    failed += out.failed
    already += out.already
    problems.push(...out.problems)
    current = out.batch
  }
  return { batch: current, paid, failed, already, problems: problems.slice(0, 200) }
}

/**
 * A line the file names twice with the same result counts once; one it names as both paid and failed (or with two
 * amounts) is left as it is for finance to check with the bank, since either guess could pay the household twice.
 */
function oneResultPerLine(results: readonly BankResult[], problems: ResultProblem[]): BankResult[] {
  const first = new Map<string, BankResult>()
  const conflicting = new Set<string>()
  for (const r of results) {
    const seen = first.get(r.lineId)
    if (!seen) first.set(r.lineId, r)
    else if (seen.ok !== r.ok || seen.amountFen !== r.amountFen) conflicting.add(r.lineId)
  }
  for (const lineId of conflicting) {
    problems.push({ line: 0, message: `客户流水号${lineId}在回单中出现多次且结果不一致，未处理，请与银行核对` })
  }
  return [...first.values()].filter((r) => !conflicting.has(r.lineId))
}

/** Everyone signed in for the households of a chunk, read in one query per chunk, not one per line. */
async function recipientsOf(deps: Deps, chunk: readonly BankResult[]): Promise<Map<string, string[]>> {
  const lines = await col(deps.store, 'disbursements')
    .where({ _id: cmp.in(chunk.map((r) => r.lineId)) })
    .limit(MAX_READ)
    .get()
  const householdIds = [...new Set(lines.map((l) => l.householdId))]
  const users = householdIds.length
    ? await col(deps.store, 'users')
        .where({ householdId: cmp.in(householdIds) })
        .limit(MAX_READ)
        .get()
    : []
  const byHousehold = new Map<string, string[]>()
  for (const u of users) {
    if (!u.householdId) continue
    byHousehold.set(u.householdId, [...(byHousehold.get(u.householdId) ?? []), u._id])
  }
  return byHousehold
}

async function applyChunk(
  tx: Transaction,
  caller: Registered,
  batchId: string,
  chunk: readonly BankResult[],
  recipients: ReadonlyMap<string, string[]>,
  at: string,
  today: string,
) {
  const batchRef = txCol(tx, 'batches').doc(batchId)
  const batch = await batchRef.get()
  if (!batch) throw new DomainError('not_found')
  const out = { paid: 0, failed: 0, already: 0, problems: [] as ResultProblem[], batch }
  const totals = { paidCount: 0, paidFen: 0, failedCount: 0, failedFen: 0 }
  for (const r of chunk) {
    const ref = txCol(tx, 'disbursements').doc(r.lineId)
    const line = await ref.get()
    if (!line || line.batchId !== batchId) {
      out.problems.push({ line: 0, message: `客户流水号${r.lineId}不在本批次中` })
      continue
    }
    if (line.status !== 'in_batch') {
      out.already++
      continue
    }
    if (r.amountFen !== null && r.amountFen !== line.amountFen) {
      out.problems.push({ line: 0, message: `客户流水号${r.lineId}的金额与批次不符，未处理` })
      continue
    }
    if (r.ok) {
      await markPaid(tx, caller, line, r, recipients.get(line.householdId) ?? [], at, today)
      out.paid++
      totals.paidCount++
      totals.paidFen += line.amountFen
    } else {
      // Often the account itself was the trouble: the line waits again for the account on record now.
      const payee = await currentPayee(tx, line)
      await ref.update({ status: 'failed', failReason: r.reason, tries: line.tries + 1, payee, updatedAt: at })
      out.failed++
      totals.failedCount++
      totals.failedFen += line.amountFen
    }
  }
  const after: Batch = {
    ...batch,
    paidCount: batch.paidCount + totals.paidCount,
    paidFen: batch.paidFen + totals.paidFen,
    failedCount: batch.failedCount + totals.failedCount,
    failedFen: batch.failedFen + totals.failedFen,
    updatedAt: at,
  }
  if (after.paidCount + after.failedCount >= after.lineCount) after.status = 'done'
  await batchRef.set(withoutId(after))
  out.batch = after
  return out
}

async function currentPayee(tx: Transaction, line: Disbursement) {
  if (line.payTo === 'household') return payeeOf('household', await txCol(tx, 'households').doc(line.householdId).get(), null)
  return payeeOf(line.payTo, null, await txCol(tx, 'cases').doc(line.caseId).get())
}

async function markPaid(
  tx: Transaction,
  caller: Registered,
  line: Disbursement,
  r: BankResult,
  userIds: readonly string[],
  at: string,
  today: string,
) {
  await txCol(tx, 'disbursements')
    .doc(line._id)
    .update({ status: 'paid', paidOn: today, bankRef: r.bankRef || null, failReason: null, updatedAt: at })
  const caseRef = txCol(tx, 'cases').doc(line.caseId)
  const c = await caseRef.get()
  if (c) await caseRef.update({ paidFen: c.paidFen + line.amountFen, updatedAt: at })
  const receipt: Payment = {
    _id: receiptId(line._id),
    caseId: line.caseId,
    caseNo: line.caseNo,
    householdId: line.householdId,
    regionPath: line.regionPath,
    region: line.region,
    amountFen: line.amountFen,
    stage: line.stage,
    fundingSource: line.fundingSource,
    payeeType: line.payTo,
    payeeAccountMasked: line.payee?.accountMasked ?? '',
    disbursementId: line._id,
    paidOn: today,
    voucherNo: r.bankRef || line._id,
    recordedBy: caller.user._id,
    createdAt: at,
    seq: seqOf(at, receiptId(line._id)),
  }
  await txCol(tx, 'payments').doc(receipt._id).set(withoutId(receipt))
  for (const userId of userIds) {
    const message = outboxRecord(messageId(line._id, userId), at, fundsArrivedMessage(userId, receipt))
    await txCol(tx, 'notifications').doc(message._id).set(withoutId(message))
  }
}
