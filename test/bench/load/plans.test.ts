import { problemOf } from './plans'

describe('problemOf (what fails a benchmark run)', () => {
  const LIST = `SELECT id, doc FROM "cases" WHERE json_extract(doc,'$.state') = ? ORDER BY json_extract(doc,'$.seq') ASC, id ASC LIMIT ? OFFSET ?`

  it('passes an index search', () => {
    expect(problemOf(LIST, 'SEARCH cases USING INDEX ix_cases__state__seq (<expr>=?)')).toBeNull()
  })

  it('passes an ordered index walk with no filter, which LIMIT stops early', () => {
    const sql = `SELECT id, doc FROM "notices" ORDER BY json_extract(doc,'$.seq') DESC, id DESC LIMIT ? OFFSET ?`
    expect(problemOf(sql, 'SCAN notices USING INDEX ix_notices__seq')).toBeNull()
  })

  it('fails a full table scan', () => {
    expect(problemOf(LIST, 'SCAN cases')).toMatch(/full table scan/)
  })

  it('fails a sort of every match before the page is cut', () => {
    const plan = 'SEARCH cases USING INDEX ix_cases__state (<expr>=?)\nUSE TEMP B-TREE FOR ORDER BY'
    expect(problemOf(LIST, plan)).toMatch(/sorts every match/)
  })

  it('fails a filtered walk along an index that does not hold the filter', () => {
    expect(problemOf(LIST, 'SCAN cases USING INDEX ix_cases__seq')).toMatch(/filters while walking/)
  })
})
