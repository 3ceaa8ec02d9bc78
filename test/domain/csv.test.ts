import { parseCsv } from '@shared/domain/csv'

describe('CSV as spreadsheets save it', () => {
  it('reads quoted fields, doubled quotes, CRLF and the UTF-8 byte-order mark, with line numbers', () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\nlast,  row  \n')
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['last', 'row'] },
    ])
  })

  it('keeps a line break inside quotes in one cell and numbers the next row after it', () => {
    expect(parseCsv('"one\ntwo",3\nnext,4')).toEqual([
      { line: 1, cells: ['one\ntwo', '3'] },
      { line: 3, cells: ['next', '4'] },
    ])
  })
})
