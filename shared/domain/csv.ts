/**
 * CSV as spreadsheets save it (RFC 4180): commas, double-quoted fields with "" for a quote, CRLF or LF lines, and the
 * byte-order mark Excel writes at the start of UTF-8 files. Blank lines are dropped; each row keeps its line number.
 */
export type CsvRow = { line: number; cells: string[] }

export function parseCsv(text: string): CsvRow[] {
  const src = text.replace(/^\uFEFF/, '')
  const rows: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  const endRow = () => {
    cells.push(cell)
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) })
    cells = []
    cell = ''
  }
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = ''
      quoted = true
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else cell += ch
  }
  if (cell !== '' || cells.length > 0) endRow()
  return rows
}
