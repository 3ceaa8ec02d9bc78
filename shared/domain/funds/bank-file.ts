import type { Batch, Disbursement } from '../../schemas/funds'
import { PAYMENT_STAGE_LABEL } from '../../schemas/payment'
import type { CsvRow } from '../csv'
import { fenToYuan, yuanToFen } from '../money'

/**
 * The bank's batch payment file (代发文件) and its result file (回单). The line's id is the bank's customer
 * reference (客户流水号): the bank echoes it in the result, so each result line is matched to exactly one payment
 * whatever order, repetition or retry the file comes in.
 */
export const EXPORT_HEADER = ['序号', '客户流水号', '收款人', '收款账号', '开户行', '金额（元）', '用途', '批次号'] as const

export type ExportRow = [number, string, string, string, string, string, string, string]

export function exportRow(index: number, line: Disbursement, batch: Pick<Batch, 'batchNo'>): ExportRow {
  // A line enters a batch only with its payee; one without would be a bank file paying nobody.
  if (!line.payee) throw new RangeError(`line ${line._id} is in a batch without a payee`)
  return [
    index,
    line._id,
    line.payee.name,
    line.payee.accountNo,
    line.payee.bank,
    fenToYuan(line.amountFen),
    `${line.caseNo}农村危房改造补助${PAYMENT_STAGE_LABEL[line.stage]}`,
    batch.batchNo,
  ]
}

const csvCell = (v: string | number) => {
  const s = String(v)
  // A leading = + - @ would make a spreadsheet run the cell as a formula (CSV injection); quote and prefix it.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * CSV for the bank's import, with a byte-order mark so the Chinese reads as UTF-8. Account numbers are the bare digits
 * the bank expects; Excel would show a 19-digit one in exponent form, so people look at the Excel file instead, whose
 * account column is text.
 */
export function exportCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_HEADER.join(','), ...rows.map((r) => r.map(csvCell).join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export type BankResult = { lineId: string; ok: boolean; reason: string; bankRef: string; amountFen: number | null }
export type ResultProblem = { line: number; message: string }

const OK_WORDS = ['成功', '已入账', 'success', 'ok', '1']
const FAIL_WORDS = ['失败', '退回', '退票', 'fail', 'failed', '0']

/** Finds the result file's columns by their headings, whatever order the bank prints them in. */
function columns(header: readonly string[]) {
  const find = (...names: string[]) => header.findIndex((h) => names.some((n) => h.replace(/\s/g, '').includes(n)))
  return {
    id: find('客户流水号', '付款编号', '参考号'),
    result: find('结果', '状态'),
    reason: find('原因', '失败原因', '备注'),
    ref: find('银行流水号', '交易流水', '凭证号'),
    amount: find('金额'),
  }
}

/**
 * The bank's result lines, each with its reference and outcome; a line that cannot be read is reported by number
 * and the rest still counts (a result file is the bank's word: nothing is guessed, a bad line stays as it was).
 */
export function parseResultRows(rows: readonly CsvRow[]): { results: BankResult[]; problems: ResultProblem[] } {
  const [head, ...body] = rows
  if (!head) return { results: [], problems: [{ line: 1, message: '回单文件是空的' }] }
  const col = columns(head.cells.map((c) => c.replace(/^\uFEFF/, '').trim()))
  if (col.id < 0 || col.result < 0) {
    return { results: [], problems: [{ line: head.line, message: '回单文件缺少“客户流水号”或“结果”列' }] }
  }
  const results: BankResult[] = []
  const problems: ResultProblem[] = []
  for (const row of body) {
    const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '')
    const lineId = cell(col.id)
    if (!lineId && row.cells.every((c) => c.trim() === '')) continue
    const word = cell(col.result).toLowerCase()
    const ok = OK_WORDS.includes(word) ? true : FAIL_WORDS.includes(word) ? false : null
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(lineId)) {
      problems.push({ line: row.line, message: '客户流水号无法识别' })
      continue
    }
    if (ok === null) {
      problems.push({ line: row.line, message: `结果“${cell(col.result)}”无法识别，应为“成功”或“失败”` })
      continue
    }
    let amountFen: number | null = null
    if (cell(col.amount)) {
      try {
        amountFen = yuanToFen(cell(col.amount).replace(/,/g, ''))
      } catch {
        problems.push({ line: row.line, message: '金额无法识别' })
        continue
      }
    }
    const reason = cell(col.reason).slice(0, 200)
    if (!ok && !reason) {
      problems.push({ line: row.line, message: '失败的记录应写明银行给出的原因' })
      continue
    }
    results.push({ lineId, ok, reason, bankRef: cell(col.ref).slice(0, 60), amountFen })
  }
  return { results, problems }
}
