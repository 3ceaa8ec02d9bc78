import { columnName, xlsx } from '@shared/usecases/ledger/xlsx'
import { sheetRows, unzip } from './read-xlsx'

describe('the xlsx writer', () => {
  it('writes a zip of the OOXML parts that reads back cell by cell, numbers, escapes and empties included', () => {
    const file = xlsx({
      name: '工作台账',
      rows: [
        ['序号', '问题', '备注'],
        [1, '墙体开裂 <5mm> & "渗水"', null],
        [2, '', '控制字符\u0001被去掉'],
      ],
    })
    const parts = unzip(file)
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ])
    expect(parts.get('xl/workbook.xml')).toContain('name="工作台账"')
    expect(sheetRows(parts)).toEqual([
      ['序号', '问题', '备注'],
      ['1', '墙体开裂 <5mm> & "渗水"'],
      ['2', '', '控制字符被去掉'],
    ])
  })

  it('names columns past Z as a spreadsheet does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })
})
