import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cmp, StoreError, type Doc } from '@shared/ports/document-store'
import { explainQuery, openSqliteStore, type IndexSpec } from '../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'
import { INDEXES } from '@shared/store/collections'
import { describeDocumentStoreContract } from './document-store.contract'

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'anju-sqlite-'))
}

describeDocumentStoreContract('SQLite file', async () => {
  const dir = tempDir()
  const store = openSqliteStore({ file: join(dir, 'nested', 'store.db') })
  return {
    store,
    cleanup: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})

describeDocumentStoreContract('SQLite :memory:', async () => {
  const store = openSqliteStore({ file: ':memory:' })
  return { store, cleanup: () => store.close() }
})

type Case = Doc & {
  state: string
  householdId: string
  region: { village: string; township: string; county: string }
  createdAt: string
  seq: string
}

describe('SQLite store specifics', () => {
  const planOf = (indexes: IndexSpec) => {
    const store = openSqliteStore({ file: ':memory:', indexes })
    return { store, cases: store.collection<Case>('cases') }
  }

  it('uses an index for an indexed where + orderBy, with no scan and no sort step', async () => {
    const { store, cases } = planOf(INDEXES)
    const plan = explainQuery(
      store,
      'cases',
      cases.where({ state: 'submitted', 'region.village': '371311.101.201' }).orderBy('seq', 'desc').limit(20),
    )
    expect(plan).toMatch(/SEARCH cases USING INDEX ix_cases__state__region_village__seq/)
    expect(plan).not.toMatch(/SCAN|TEMP B-TREE/)

    const byHousehold = store.explain(cases.where({ householdId: 'h1' }).orderBy('seq', 'asc'))
    expect(byHousehold).toMatch(/USING INDEX ix_cases__householdId__seq/)
    expect(byHousehold).not.toMatch(/SCAN|TEMP B-TREE/)

    // a cursor page: equality, then a range on the sort key
    const page = store.explain(
      cases
        .where({ state: 'approved', 'region.township': '371311.101' })
        .where({ seq: cmp.lt('2025-01-01') })
        .orderBy('seq', 'desc'),
    )
    expect(page).toMatch(/USING INDEX ix_cases__state__region_township__seq/)
    expect(page).not.toMatch(/SCAN|TEMP B-TREE/)
    await store.close()
  })

  it('shows a full scan when no index fits, so the assertion above means something', async () => {
    const { store, cases } = planOf({})
    expect(store.explain(cases.where({ state: 'submitted' }).orderBy('createdAt', 'desc'))).toMatch(/SCAN cases/)
    await store.close()
  })

  it('keeps data across close and reopen of the file, and the indexes too', async () => {
    const dir = tempDir()
    const file = join(dir, 'anju.db')
    try {
      const first = openSqliteStore({ file, indexes: INDEXES })
      await first
        .collection<Case>('cases')
        .doc('c1')
        .set({
          state: 'submitted',
          householdId: 'h1',
          region: { village: 'v', township: 't', county: 'c' },
          createdAt: '2025-03-01T08:00:00+08:00',
        })
      const added = await first.collection('notes').add({ text: 'hello' })
      await first.close()

      const second = openSqliteStore({ file, indexes: INDEXES })
      expect(await second.collection<Case>('cases').doc('c1').get()).toMatchObject({ _id: 'c1', householdId: 'h1' })
      expect(await second.collection('notes').doc(added).get()).toEqual({ _id: added, text: 'hello' })
      expect(second.explain(second.collection<Case>('cases').where({ householdId: 'h1' }))).toMatch(/USING INDEX/)
      await second.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('enforces unique indexes, reporting a violation as CONFLICT', async () => {
    const store = openSqliteStore({ file: ':memory:', indexes: { users: [{ fields: ['openid'], unique: true }] } })
    await store.collection('users').doc('u1').set({ openid: 'o1' })
    await expect(store.collection('users').doc('u2').set({ openid: 'o1' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(store.collection('users').add({ openid: 'o1' })).rejects.toBeInstanceOf(StoreError)
    await store.collection('users').doc('u1').set({ openid: 'o1', name: 'same doc may keep its value' })
    expect(await store.collection('users').count()).toBe(1)
    await store.close()
  })

  it('refuses collection names and field paths that could inject SQL', async () => {
    const store = openSqliteStore({ file: ':memory:' })
    expect(() => store.collection('users; DROP TABLE x')).toThrow(StoreError)
    expect(() => store.collection('Users')).toThrow(StoreError)
    expect(() => store.collection('sqlite_master')).toThrow(StoreError)
    const users = store.collection('users')
    await expect(users.where({ "a') OR 1=1 --": 1 }).get()).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    await expect(users.orderBy('a.b c', 'asc').get()).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    await expect(users.doc('x').update({ 'a.b': 1 })).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    // values are parameters, so quotes in them are just data
    await users.doc("o'brien").set({ name: 'o\'brien"; --' })
    expect(await users.where({ name: 'o\'brien"; --' }).count()).toBe(1)
    await store.close()
  })

  describe('transactions and other work on the same store', () => {
    it('writes made while a transaction is open wait for it and survive its rollback', async () => {
      const store = openSqliteStore({ file: ':memory:' })
      const items = store.collection<Doc & { n: number }>('items')
      await items.doc('a').set({ n: 1 })
      let release!: () => void
      const gate = new Promise<void>((resolve) => (release = resolve))
      let entered!: () => void
      const inside = new Promise<void>((resolve) => (entered = resolve))

      const tx = store.runTransaction(async (t) => {
        await t.collection('items').doc('a').update({ n: 100 })
        entered()
        await gate
        throw new Error('abort')
      })
      await inside
      const outsideWrite = items.doc('b').set({ n: 2 })
      const outsideRead = items.doc('a').get()
      release()
      await expect(tx).rejects.toThrow('abort')
      await outsideWrite
      // the read waited for the transaction, so it never saw the uncommitted n: 100
      expect(await outsideRead).toEqual({ _id: 'a', n: 1 })
      expect(await items.doc('b').get()).toEqual({ _id: 'b', n: 2 })
      expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1 })
      await store.close()
    })

    it('refuses non-transactional calls and nested transactions inside a transaction instead of deadlocking', async () => {
      const store = openSqliteStore({ file: ':memory:' })
      await store.collection('items').doc('a').set({ n: 1 })
      await expect(store.runTransaction(() => store.collection('items').get())).rejects.toMatchObject({ code: 'UNSUPPORTED' })
      await expect(store.runTransaction(() => store.runTransaction(async () => 1))).rejects.toMatchObject({
        code: 'UNSUPPORTED',
      })
      // the store is still usable afterwards
      expect(await store.collection('items').count()).toBe(1)
      await store.close()
    })

    it('a transaction object used after its transaction ended is refused', async () => {
      const store = openSqliteStore({ file: ':memory:' })
      await store.collection('items').doc('a').set({ n: 1 })
      const leaked = await store.runTransaction(async (tx) => tx)
      await expect(leaked.collection('items').doc('a').get()).rejects.toMatchObject({ code: 'UNSUPPORTED' })
      await store.close()
    })

    it('a collection first created inside a rolled-back transaction can be used afterwards', async () => {
      const store = openSqliteStore({ file: ':memory:' })
      await expect(
        store.runTransaction(async (tx) => {
          await tx.collection('fresh').doc('a').set({ n: 1 })
          throw new Error('no')
        }),
      ).rejects.toThrow('no')
      expect(await store.collection('fresh').doc('a').get()).toBeNull()
      await store.collection('fresh').doc('b').set({ n: 2 })
      expect(await store.collection('fresh').count()).toBe(1)
      await expect(store.collection('fresher').doc('x').update({ n: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      expect(await store.collection('fresher').count()).toBe(0)
      await store.close()
    })
  })
})
