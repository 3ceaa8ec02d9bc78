import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { DomainError } from '../../domain/errors'
import { EXPORT_HEADER, type ExportRow, exportCsv, exportRow } from '../../domain/funds/bank-file'
import { sumFen } from '../../domain/money'
import { BATCH_STATUS_LABEL } from '../../schemas/funds'
import { nowOf } from '../clock-view'
import { txCol } from '../collections'
import type { Deps, Registered } from '../deps'
import { allBatchLines } from './batch-lines'
import { batchOfCounty } from './batch-steps'

const CONTENT_TYPE = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/**
 * The account and reference columns are text in Excel: a 19-digit account as a number would lose its last digits.
 * Written row by row with inline strings (exceljs's streaming writer): a season's batch is far quicker than building
 * the whole workbook in memory first.
 */
async function workbook(rows: readonly ExportRow[]): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true })
  const sheet = book.addWorksheet('代发明细')
  sheet.columns = EXPORT_HEADER.map((header, i) => ({
    header,
    width: [6, 36, 12, 24, 20, 12, 36, 24][i],
    style: i === 1 || i === 3 ? { numFmt: '@' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const r of rows) sheet.addRow(r).commit()
  sheet.commit()
  await book.commit()
  return Buffer.concat(chunks)
}

/**
 * The bank file of an approved batch. Exporting marks the batch exported (so its lines can no longer change
 * without the bank's result); exporting again reads the same lines and gives the same file.
 */
export async function exportBatch(deps: Deps, caller: Registered, input: { batchId: string; format: 'csv' | 'xlsx' }) {
  const batch = await batchOfCounty(deps, caller, input.batchId)
  if (batch.status !== 'approved' && batch.status !== 'exported' && batch.status !== 'done') {
    throw new DomainError('invalid_transition', `该批次${BATCH_STATUS_LABEL[batch.status]}，审核后才能导出`, {
      status: batch.status,
    })
  }
  const lines = (await allBatchLines(deps, batch._id)).filter((l) => l.status !== 'cancelled')
  const rows = lines.map((l, i) => exportRow(i + 1, l, batch))
  if (batch.status === 'approved') {
    const { at } = nowOf(deps)
    await deps.store.runTransaction(async (tx) => {
      const ref = txCol(tx, 'batches').doc(batch._id)
      const fresh = await ref.get()
      if (fresh?.status === 'approved') await ref.update({ status: 'exported', exportedAt: at, updatedAt: at })
    })
  }
  const body = input.format === 'csv' ? Buffer.from(exportCsv(rows), 'utf8') : await workbook(rows)
  return {
    fileName: `${batch.batchNo}.${input.format}`,
    contentType: CONTENT_TYPE[input.format],
    base64: body.toString('base64'),
    rows: rows.length,
    totalFen: sumFen(lines.map((l) => l.amountFen)),
  }
}
