import { parseCsv } from '@shared/domain/csv'
import { aUser } from '../../factories/user.factory'
import { PATHS } from '../../factories/world.factory'

/** A second finance officer, to approve what the first built (the world has one). */
export const FINANCE2 = aUser({
  _id: 'u-finance2',
  name: '蒋审',
  role: 'finance',
  regionPath: PATHS.county,
  householdId: undefined,
})

/** A bank's result file as the banks here print it: reference, outcome, reason, bank serial. */
export function bankResultCsv(results: ReadonlyArray<{ id: string; ok: boolean; reason: string }>): string {
  const lines = results.map((r, i) => `${r.id},${r.ok ? '成功' : '失败'},${r.reason},YH${String(i + 1).padStart(8, '0')}`)
  return `\uFEFF客户流水号,处理结果,失败原因,银行流水号\r\n${lines.join('\r\n')}\r\n`
}

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

/** The body rows of an exported CSV (the header dropped), each as its cells. */
export function csvOf(base64: string): string[][] {
  const text = Buffer.from(base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
  return parseCsv(text)
    .slice(1)
    .map((r) => r.cells)
}
