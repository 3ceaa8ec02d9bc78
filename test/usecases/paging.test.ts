import type { Doc, Query } from '@shared/ports/document-store'
import { pageBySeq, pageBySeqAcross, type Page } from '@shared/usecases/paging'
import { openSqliteStore, type SqliteStore } from '../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'

type Row = Doc & { seq: string; state: string; village: string }

/** Cursor paging: walking every page gives each matching record once, in order, however the pages fall. */
describe('paging by seq', () => {
  let store: SqliteStore
  let rows: Row[]
  const query = () => store.collection<Row>('rows') as Query<Row>

  beforeAll(async () => {
    store = openSqliteStore({ file: ':memory:', indexes: { rows: [{ fields: ['state', 'village', 'seq'] }] } })
    const states = ['a', 'b', 'c', 'd']
    rows = Array.from({ length: 40 }, (_, i) => ({
      _id: `r${String(i).padStart(2, '0')}`,
      // seq order is not insertion order, and the states interleave unevenly
      seq: `2026-11-${String(1 + ((i * 7) % 28)).padStart(2, '0')}|r${String(i).padStart(2, '0')}`,
      state: states[(i * i) % 4]!,
      village: i % 5 === 0 ? 'elsewhere' : 'here',
    }))
    for (const { _id, ...body } of rows) await store.collection('rows').doc(_id).set(body)
  })
  afterAll(() => store.close())

  async function walk(next: (after: string | undefined) => Promise<Page<Row>>): Promise<string[]> {
    const seen: string[] = []
    let after: string | undefined
    for (let guard = 0; guard < 100; guard++) {
      const page = await next(after)
      seen.push(...page.items.map((r) => r._id))
      if (!page.next) return seen
      expect(page.items.length).toBeGreaterThan(0)
      after = page.next
    }
    throw new Error('paging did not end')
  }

  const expected = (states: string[], direction: 'asc' | 'desc') =>
    rows
      .filter((r) => states.includes(r.state) && r.village === 'here')
      .sort((x, y) => (x.seq < y.seq ? -1 : 1) * (direction === 'asc' ? 1 : -1))
      .map((r) => r._id)

  it.each([
    ['asc', 3],
    ['desc', 3],
    ['asc', 1],
    ['desc', 100],
  ] as const)(
    'merges one indexed page per value into the order an in-list would give (%s, %i a page)',
    async (direction, limit) => {
      const got = await walk((after) =>
        pageBySeqAcross(query(), 'state', ['a', 'c', 'd'], { village: 'here' }, { after, limit }, direction),
      )
      expect(got).toEqual(expected(['a', 'c', 'd'], direction))
    },
  )

  it('gives the same pages as a single-value list when there is one value', async () => {
    for (const after of [undefined, rows[10]!.seq]) {
      const one = await pageBySeq(query(), { state: 'b', village: 'here' }, { after, limit: 4 }, 'asc')
      const across = await pageBySeqAcross(query(), 'state', ['b'], { village: 'here' }, { after, limit: 4 }, 'asc')
      expect(across).toEqual(one)
    }
  })

  it('asks the database for each value through the index, never for an in-list', () => {
    const perValue = query().where({ state: 'a', village: 'here' }).orderBy('seq', 'asc').limit(4)
    expect(store.explain(perValue)).not.toMatch(/TEMP B-TREE/)
    const inList = query()
      .where({ state: { $op: 'in', value: ['a', 'c'] }, village: 'here' })
      .orderBy('seq', 'asc')
      .limit(4)
    expect(store.explain(inList)).toMatch(/TEMP B-TREE/)
  })
})
