import { parseCsv } from '@shared/domain/csv'
import { exportCsv, exportRow, parseResultRows } from '@shared/domain/funds/bank-file'
import { aCase } from '../../factories/case.factory'
import { aLine } from '../../factories/funds.factory'

const payee = {
  type: 'household' as const,
  name: '=HYPERLINK("x")',
  bank: '农商行',
  accountNo: '6217000012345678901',
  accountMasked: '**** 8901',
}

describe('the bank file and its result', () => {
  it('writes amounts in yuan to the fen, accounts whole, and a cell that would run as a formula as text', () => {
    const line = aLine(aCase('under_construction'), 1, { amountFen: 123_456, payee, status: 'in_batch' })
    const csv = exportCsv([exportRow(1, line, { batchNo: 'PC1' })])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [, row] = parseCsv(csv.slice(1))
    expect(row!.cells).toEqual([
      '1',
      line._id,
      `'=HYPERLINK("x")`,
      '6217000012345678901',
      '农商行',
      '1234.56',
      expect.any(String),
      'PC1',
    ])
  })

  it('reads results in any column order, and reports lines it cannot read without guessing', () => {
    const rows = parseCsv(
      [
        '银行流水号,失败原因,处理结果,客户流水号,金额',
        'Y1,,成功,dl_a_start_1,1.00',
        'Y2,账户冻结,失败,dl_b_start_1,2.00',
        'Y3,,失败,dl_c_start_1,',
        'Y4,,也许,dl_d_start_1,',
        ',,成功,bad id!,',
      ].join('\n'),
    )
    const { results, problems } = parseResultRows(rows)
    expect(results).toEqual([
      { lineId: 'dl_a_start_1', ok: true, reason: '', bankRef: 'Y1', amountFen: 100 },
      { lineId: 'dl_b_start_1', ok: false, reason: '账户冻结', bankRef: 'Y2', amountFen: 200 },
    ])
    expect(problems.map((p) => p.line)).toEqual([4, 5, 6])
  })

  it('refuses a file without the reference or the result column', () => {
    expect(parseResultRows(parseCsv('姓名,金额\n张三,1.00')).problems[0]!.message).toContain('客户流水号')
  })
})
