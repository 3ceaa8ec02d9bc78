import { cmp, StoreError, type Doc, type DocumentStore, type Query } from '@shared/ports/document-store'

/**
 * The one behavioural contract of the DocumentStore port. Every adapter (embedded SQLite, CloudBase) runs it,
 * so code written against the port behaves the same on both.
 * Each test uses its own collection names (random suffix), so the suite can run against a shared CloudBase env.
 * Before a transaction touches a collection, the test writes to it outside the transaction: a CloudBase
 * collection must exist before a transaction can use it.
 */

export interface StoreUnderTest {
  store: DocumentStore
  cleanup(): Promise<void>
}

type Person = Doc & {
  name: string
  age: number
  city?: string | null
  active: boolean
  region: { village: string; township: string }
  score?: number | string | boolean
  code?: string | number
}

const PEOPLE: Person[] = [
  { _id: 'p01', name: 'ann', age: 30, city: 'bj', active: true, region: { village: 'v1', township: 't1' }, score: 1, code: '10' },
  {
    _id: 'p02',
    name: 'bob',
    age: 25,
    city: 'sh',
    active: false,
    region: { village: 'v2', township: 't1' },
    score: '1',
    code: '9',
  },
  {
    _id: 'p03',
    name: 'cat',
    age: 35,
    city: 'bj',
    active: true,
    region: { village: 'v1', township: 't1' },
    score: true,
    code: '100',
  },
  { _id: 'p04', name: 'dan', age: 30, city: null, active: false, region: { village: 'v3', township: 't2' }, code: '2' },
  { _id: 'p05', name: 'eve', age: 41, active: true, region: { village: 'v3', township: 't2' }, score: 0, code: 7 },
]
const ALL_PEOPLE = PEOPLE.map((p) => p._id)

type Counter = Doc & { value: number }
type Item = Doc & { n: number; tag?: string; info?: Record<string, unknown> | null; note?: string | null }

let sequence = 0
/** A collection name no other test (or concurrent run) uses: CloudBase-safe [a-z0-9_]. */
function uniqueName(base: string): string {
  sequence += 1
  return `ct_${base}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}_${sequence}`
}

const ids = (docs: Doc[]) => docs.map((d) => d._id)
const sortedIds = (docs: Doc[]) => ids(docs).sort()

async function rejectsWith(promise: Promise<unknown>, code: StoreError['code']): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(StoreError)
  await expect(promise).rejects.toMatchObject({ code })
}

export function describeDocumentStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let subject: StoreUnderTest
    let store: DocumentStore

    beforeAll(async () => {
      subject = await makeStore()
      store = subject.store
    })

    afterAll(async () => {
      await subject?.cleanup()
    })

    async function seedPeople(): Promise<string> {
      const coll = uniqueName('people')
      await Promise.all(PEOPLE.map(({ _id, ...rest }) => store.collection<Person>(coll).doc(_id).set(rest)))
      return coll
    }

    describe('documents by id', () => {
      it('set then get returns the document with its _id; a missing id gives null', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1, tag: 'x', info: { deep: { er: [1, 2] } } })
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1, tag: 'x', info: { deep: { er: [1, 2] } } })
        expect(await items.doc('nope').get()).toBeNull()
      })

      it('an empty collection reads as empty', async () => {
        const items = store.collection<Item>(uniqueName('empty'))
        expect(await items.get()).toEqual([])
        expect(await items.count()).toBe(0)
        expect(await items.doc('x').get()).toBeNull()
      })

      it('set replaces the whole document', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1, tag: 'x' })
        await items.doc('a').set({ n: 2 })
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 2 })
      })

      it('remove deletes; removing a missing document is not an error', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1 })
        await items.doc('a').remove()
        expect(await items.doc('a').get()).toBeNull()
        await expect(items.doc('a').remove()).resolves.toBeUndefined()
      })

      it('add stores the data under a fresh, distinct, id-shaped key', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        const first = await items.add({ n: 1 })
        const second = await items.add({ n: 2 })
        expect(first).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
        expect(second).not.toBe(first)
        expect(await items.doc(first).get()).toEqual({ _id: first, n: 1 })
        expect(await items.count()).toBe(2)
      })
    })

    describe('update', () => {
      it('replaces only the given top-level fields', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1, tag: 'x', note: 'keep' })
        await items.doc('a').update({ n: 2, tag: 'y' })
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 2, tag: 'y', note: 'keep' })
      })

      it('an object value replaces the whole field (no deep merge)', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1, info: { a: 1, b: { c: 2, d: 3 } } })
        await items.doc('a').update({ info: { b: { c: 9 } } })
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1, info: { b: { c: 9 } } })
        await items.doc('a').update({ info: {} })
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1, info: {} })
      })

      it('null sets null; undefined leaves the field alone', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1, note: 'x', tag: 't' })
        await items.doc('a').update({ note: null, tag: undefined })
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1, note: null, tag: 't' })
      })

      it('fails with NOT_FOUND when the document is absent, and creates nothing', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('other').set({ n: 0 })
        await rejectsWith(items.doc('missing').update({ n: 1 }), 'NOT_FOUND')
        expect(await items.doc('missing').get()).toBeNull()
      })
    })

    describe('updateWhere', () => {
      it('sets the fields on every match, leaves the rest alone, and counts what it changed', async () => {
        const coll = await seedPeople()
        const people = store.collection<Person>(coll)
        const changed = await people.updateWhere(
          { city: 'bj', active: true },
          { city: 'gz', region: { village: 'v9', township: 't9' } },
        )
        expect(changed).toBe(2)
        expect(sortedIds(await people.where({ city: 'gz' }).get())).toEqual(['p01', 'p03'])
        expect(await people.doc('p01').get()).toEqual({ ...PEOPLE[0], city: 'gz', region: { village: 'v9', township: 't9' } })
        expect(await people.doc('p02').get()).toEqual(PEOPLE[1])
        expect(await people.where({ 'region.township': 't9' }).count()).toBe(2)
      })

      it('a state in the condition makes it a claim: the second of two equal updates changes nothing', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await Promise.all(['a', 'b', 'c'].map((id, n) => items.doc(id).set({ n, tag: 'due' })))
        const [first, second] = await Promise.all([
          items.updateWhere({ tag: 'due' }, { tag: 'taken', note: 'one' }),
          items.updateWhere({ tag: 'due' }, { tag: 'taken', note: 'two' }),
        ])
        expect(first + second).toBe(3)
        expect(await items.where({ tag: 'taken' }).count()).toBe(3)
      })

      it('null sets null, undefined leaves the field alone, nothing matching changes nothing', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1, note: 'x', tag: 't' })
        expect(await items.updateWhere({ n: 1 }, { note: null, tag: undefined })).toBe(1)
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1, note: null, tag: 't' })
        expect(await items.updateWhere({ n: 2 }, { note: 'y' })).toBe(0)
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1, note: null, tag: 't' })
      })

      it('refuses an empty condition and a dotted or $ field, changing nothing', async () => {
        const items = store.collection<Item>(uniqueName('items'))
        await items.doc('a').set({ n: 1 })
        await rejectsWith(items.updateWhere({}, { n: 2 }), 'UNSUPPORTED')
        await rejectsWith(items.updateWhere({ n: 1 }, { 'info.a': 2 }), 'UNSUPPORTED')
        await rejectsWith(items.updateWhere({ n: 1 }, { $n: 2 }), 'UNSUPPORTED')
        await rejectsWith(items.updateWhere({ 'bad field': 1 }, { n: 2 }), 'UNSUPPORTED')
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1 })
      })
    })

    describe('sum', () => {
      it('adds up a field over every match, ignoring skip, limit and values that are not numbers', async () => {
        const coll = await seedPeople()
        const people = store.collection<Person>(coll)
        expect(await people.sum('age')).toBe(161)
        expect(await people.where({ city: 'bj' }).skip(1).limit(1).sum('age')).toBe(65)
        expect(await people.sum('score')).toBe(1)
        expect(await people.where({ name: 'nobody' }).sum('age')).toBe(0)
        await rejectsWith(people.sum('bad field'), 'UNSUPPORTED')
      })
    })

    describe('where', () => {
      let people: string
      const find = (build: (q: Query<Person>) => Query<Person>) => build(store.collection<Person>(people)).get()

      beforeAll(async () => {
        people = await seedPeople()
      })

      it('matches plain values on top-level fields; all conditions must hold', async () => {
        expect(sortedIds(await find((q) => q.where({ city: 'bj' })))).toEqual(['p01', 'p03'])
        expect(sortedIds(await find((q) => q.where({ age: 30 })))).toEqual(['p01', 'p04'])
        expect(sortedIds(await find((q) => q.where({ city: 'bj', name: 'cat' })))).toEqual(['p03'])
        expect(await find((q) => q.where({ city: 'nowhere' }))).toEqual([])
      })

      it('chained where calls add conditions', async () => {
        expect(sortedIds(await find((q) => q.where({ city: 'bj' }).where({ age: cmp.gt(30) })))).toEqual(['p03'])
        expect(sortedIds(await find((q) => q.where({ age: cmp.gte(30) }).where({ age: cmp.lt(41) })))).toEqual([
          'p01',
          'p03',
          'p04',
        ])
      })

      it('matches dotted paths into nested objects', async () => {
        expect(sortedIds(await find((q) => q.where({ 'region.village': 'v1' })))).toEqual(['p01', 'p03'])
        expect(sortedIds(await find((q) => q.where({ 'region.township': cmp.eq('t2') })))).toEqual(['p04', 'p05'])
        expect(sortedIds(await find((q) => q.where({ 'region.township': 't1', 'region.village': cmp.neq('v1') })))).toEqual([
          'p02',
        ])
        expect(sortedIds(await find((q) => q.where({ 'region.nothing': null })))).toEqual(ALL_PEOPLE)
      })

      it('eq and neq; neq also matches documents without the field', async () => {
        expect(sortedIds(await find((q) => q.where({ name: cmp.eq('bob') })))).toEqual(['p02'])
        expect(sortedIds(await find((q) => q.where({ city: cmp.neq('bj') })))).toEqual(['p02', 'p04', 'p05'])
      })

      it('gt, gte, lt, lte compare numbers numerically', async () => {
        expect(sortedIds(await find((q) => q.where({ age: cmp.gt(30) })))).toEqual(['p03', 'p05'])
        expect(sortedIds(await find((q) => q.where({ age: cmp.gte(30) })))).toEqual(['p01', 'p03', 'p04', 'p05'])
        expect(sortedIds(await find((q) => q.where({ age: cmp.lt(30) })))).toEqual(['p02'])
        expect(sortedIds(await find((q) => q.where({ age: cmp.lte(30) })))).toEqual(['p01', 'p02', 'p04'])
        expect(sortedIds(await find((q) => q.where({ age: cmp.gt(4) })))).toEqual(ALL_PEOPLE)
      })

      it('compare strings lexicographically, and only with strings', async () => {
        expect(sortedIds(await find((q) => q.where({ name: cmp.gt('bob') })))).toEqual(['p03', 'p04', 'p05'])
        expect(sortedIds(await find((q) => q.where({ name: cmp.lt('c') })))).toEqual(['p01', 'p02'])
        // '10' < '100' < '2' < '9' as strings; the numeric code 7 of p05 is not a string and never matches.
        expect(sortedIds(await find((q) => q.where({ code: cmp.lt('9') })))).toEqual(['p01', 'p03', 'p04'])
        expect(sortedIds(await find((q) => q.where({ code: cmp.gte('2') })))).toEqual(['p02', 'p04'])
        expect(sortedIds(await find((q) => q.where({ code: cmp.gt(5) })))).toEqual(['p05'])
      })

      it('in and nin; in [] matches nothing, nin [] matches everything, nin matches missing fields', async () => {
        expect(sortedIds(await find((q) => q.where({ city: cmp.in(['bj', 'sh']) })))).toEqual(['p01', 'p02', 'p03'])
        expect(sortedIds(await find((q) => q.where({ age: cmp.in([25, 41, 99]) })))).toEqual(['p02', 'p05'])
        expect(await find((q) => q.where({ city: cmp.in([]) }))).toEqual([])
        expect(sortedIds(await find((q) => q.where({ city: cmp.nin(['bj']) })))).toEqual(['p02', 'p04', 'p05'])
        expect(sortedIds(await find((q) => q.where({ city: cmp.nin([]) })))).toEqual(ALL_PEOPLE)
        expect(sortedIds(await find((q) => q.where({ city: cmp.in([null, 'sh']) })))).toEqual(['p02', 'p04', 'p05'])
      })

      it('values of different types never match: 1, "1" and true are distinct', async () => {
        expect(ids(await find((q) => q.where({ score: 1 })))).toEqual(['p01'])
        expect(ids(await find((q) => q.where({ score: '1' })))).toEqual(['p02'])
        expect(ids(await find((q) => q.where({ score: true })))).toEqual(['p03'])
        expect(ids(await find((q) => q.where({ score: 0 })))).toEqual(['p05'])
        expect(ids(await find((q) => q.where({ score: cmp.in([1]) })))).toEqual(['p01'])
        expect(ids(await find((q) => q.where({ score: cmp.in([true]) })))).toEqual(['p03'])
        expect(sortedIds(await find((q) => q.where({ score: cmp.neq(1) })))).toEqual(['p02', 'p03', 'p04', 'p05'])
      })

      it('booleans match by equality, plain or through cmp', async () => {
        expect(sortedIds(await find((q) => q.where({ active: true })))).toEqual(['p01', 'p03', 'p05'])
        expect(sortedIds(await find((q) => q.where({ active: false })))).toEqual(['p02', 'p04'])
        expect(sortedIds(await find((q) => q.where({ active: cmp.eq(true) })))).toEqual(['p01', 'p03', 'p05'])
        expect(sortedIds(await find((q) => q.where({ active: cmp.neq(true) })))).toEqual(['p02', 'p04'])
        expect(sortedIds(await find((q) => q.where({ active: cmp.in([false]) })))).toEqual(['p02', 'p04'])
        expect(sortedIds(await find((q) => q.where({ active: true, city: 'bj' })))).toEqual(['p01', 'p03'])
      })

      it('null matches a null or missing field; neq null matches present values', async () => {
        expect(sortedIds(await find((q) => q.where({ city: null })))).toEqual(['p04', 'p05'])
        expect(sortedIds(await find((q) => q.where({ city: cmp.eq(null) })))).toEqual(['p04', 'p05'])
        expect(sortedIds(await find((q) => q.where({ city: cmp.neq(null) })))).toEqual(['p01', 'p02', 'p03'])
      })

      it('_id can be filtered like any field', async () => {
        expect(ids(await find((q) => q.where({ _id: 'p02' })))).toEqual(['p02'])
        expect(sortedIds(await find((q) => q.where({ _id: cmp.in(['p01', 'p05', 'zz']) })))).toEqual(['p01', 'p05'])
        expect(sortedIds(await find((q) => q.where({ _id: cmp.gt('p03') })))).toEqual(['p04', 'p05'])
      })

      it('count counts every match, ignoring skip and limit', async () => {
        const coll = store.collection<Person>(people)
        expect(await coll.count()).toBe(5)
        expect(await coll.where({ city: 'bj' }).count()).toBe(2)
        expect(await coll.where({ city: 'bj' }).skip(1).limit(1).count()).toBe(2)
        expect(
          await coll
            .where({ active: true })
            .where({ age: cmp.gt(30) })
            .count(),
        ).toBe(2)
      })

      it('queries are immutable: each call returns a new query', async () => {
        const coll = store.collection<Person>(people)
        const bj = coll.where({ city: 'bj' })
        const bjOld = bj.where({ age: 35 })
        const sorted = bj.orderBy('age', 'desc')
        const limited = sorted.limit(1)
        expect(new Set([coll, bj, bjOld, sorted, limited]).size).toBe(5)
        expect(sortedIds(await bj.get())).toEqual(['p01', 'p03'])
        expect(ids(await bjOld.get())).toEqual(['p03'])
        expect(ids(await sorted.get())).toEqual(['p03', 'p01'])
        expect(ids(await limited.get())).toEqual(['p03'])
        expect(await coll.count()).toBe(5)
      })
    })

    describe('orderBy, skip, limit', () => {
      let people: string
      const find = (build: (q: Query<Person>) => Query<Person>) => build(store.collection<Person>(people)).get()

      beforeAll(async () => {
        people = await seedPeople()
      })

      it('orders ascending and descending; ties follow _id in the direction of the last key', async () => {
        expect(ids(await find((q) => q.orderBy('age', 'asc')))).toEqual(['p02', 'p01', 'p04', 'p03', 'p05'])
        expect(ids(await find((q) => q.orderBy('age', 'desc')))).toEqual(['p05', 'p03', 'p04', 'p01', 'p02'])
        expect(ids(await find((q) => q.orderBy('name', 'desc')))).toEqual(['p05', 'p04', 'p03', 'p02', 'p01'])
      })

      it('orders by several keys, including dotted paths', async () => {
        const got = await find((q) => q.orderBy('region.township', 'asc').orderBy('name', 'desc'))
        expect(ids(got)).toEqual(['p03', 'p02', 'p01', 'p05', 'p04'])
      })

      it('null and missing values sort first ascending', async () => {
        expect(ids(await find((q) => q.orderBy('city', 'asc')))).toEqual(['p04', 'p05', 'p01', 'p03', 'p02'])
      })

      it('combines where with orderBy', async () => {
        expect(ids(await find((q) => q.where({ active: true }).orderBy('name', 'asc')))).toEqual(['p01', 'p03', 'p05'])
      })

      it('skip and limit page through a stable order', async () => {
        expect(ids(await find((q) => q.orderBy('age', 'asc').skip(1).limit(2)))).toEqual(['p01', 'p04'])
        const pages: string[] = []
        for (let skip = 0; skip < 6; skip += 2) pages.push(...ids(await find((q) => q.orderBy('age', 'asc').skip(skip).limit(2))))
        expect(pages).toEqual(['p02', 'p01', 'p04', 'p03', 'p05'])
        expect(await find((q) => q.orderBy('age', 'asc').skip(5))).toEqual([])
      })

      it('returns whole documents', async () => {
        const [first] = await find((q) => q.where({ _id: 'p01' }))
        expect(first).toEqual(PEOPLE[0])
      })
    })

    describe('read limits', () => {
      let coll: string
      const COUNT = 105

      beforeAll(async () => {
        coll = uniqueName('many')
        const items = store.collection<Item>(coll)
        for (let start = 0; start < COUNT; start += 25) {
          const batch = Array.from({ length: Math.min(25, COUNT - start) }, (_, i) => start + i)
          await Promise.all(batch.map((n) => items.doc(`i${String(n).padStart(3, '0')}`).set({ n })))
        }
      })

      it(`returns ${100} documents when no limit is given`, async () => {
        const items = store.collection<Item>(coll)
        const got = await items.get()
        expect(got).toHaveLength(100)
        expect(got[0]._id).toBe('i000') // _id order when no orderBy is given
        expect(await items.limit(COUNT).get()).toHaveLength(COUNT)
        expect(await items.limit(1000).get()).toHaveLength(COUNT)
        expect(await items.count()).toBe(COUNT)
      })

      it('rejects a limit above 1000 with LIMIT_EXCEEDED', async () => {
        const items = store.collection<Item>(coll)
        await rejectsWith(items.limit(1001).get(), 'LIMIT_EXCEEDED')
        await rejectsWith(
          items
            .where({ n: cmp.gt(1) })
            .orderBy('n', 'asc')
            .limit(5000)
            .get(),
          'LIMIT_EXCEEDED',
        )
      })

      it('rejects a limit below 1 and a negative skip', async () => {
        const items = store.collection<Item>(coll)
        await rejectsWith(items.limit(0).get(), 'UNSUPPORTED')
        await rejectsWith(items.skip(-1).get(), 'UNSUPPORTED')
      })
    })

    describe('transactions', () => {
      it('commits every write together and returns the function result', async () => {
        const coll = uniqueName('tx')
        const items = store.collection<Item>(coll)
        await items.doc('a').set({ n: 1 })
        const result = await store.runTransaction(async (tx) => {
          const a = await tx.collection<Item>(coll).doc('a').get()
          await tx
            .collection<Item>(coll)
            .doc('a')
            .update({ n: (a?.n ?? 0) + 1 })
          await tx.collection<Item>(coll).doc('b').set({ n: 10, tag: 'new' })
          await tx.collection<Item>(coll).doc('c').set({ n: 0 })
          await tx.collection<Item>(coll).doc('c').remove()
          return 'done'
        })
        expect(result).toBe('done')
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 2 })
        expect(await items.doc('b').get()).toEqual({ _id: 'b', n: 10, tag: 'new' })
        expect(await items.doc('c').get()).toBeNull()
      })

      it('a throw rolls every write back and rethrows the same error', async () => {
        const coll = uniqueName('tx')
        const items = store.collection<Item>(coll)
        await items.doc('a').set({ n: 1, tag: 'before' })
        await items.doc('gone').set({ n: 5 })
        const failure = new Error('business rule broken')
        await expect(
          store.runTransaction(async (tx) => {
            await tx.collection<Item>(coll).doc('a').update({ n: 99, tag: 'after' })
            await tx.collection<Item>(coll).doc('b').set({ n: 2 })
            await tx.collection<Item>(coll).doc('gone').remove()
            throw failure
          }),
        ).rejects.toBe(failure)
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1, tag: 'before' })
        expect(await items.doc('b').get()).toBeNull()
        expect(await items.doc('gone').get()).toEqual({ _id: 'gone', n: 5 })
      })

      it('reads inside the transaction see its own writes', async () => {
        const coll = uniqueName('tx')
        await store.collection<Item>(coll).doc('seed').set({ n: 0 })
        const seen = await store.runTransaction(async (tx) => {
          const docs = tx.collection<Item>(coll)
          await docs.doc('a').set({ n: 1, info: { x: 1 } })
          const afterSet = await docs.doc('a').get()
          await docs.doc('a').update({ n: 2, info: { y: 2 } })
          const afterUpdate = await docs.doc('a').get()
          await docs.doc('seed').remove()
          const afterRemove = await docs.doc('seed').get()
          return { afterSet, afterUpdate, afterRemove }
        })
        expect(seen.afterSet).toEqual({ _id: 'a', n: 1, info: { x: 1 } })
        expect(seen.afterUpdate).toEqual({ _id: 'a', n: 2, info: { y: 2 } })
        expect(seen.afterRemove).toBeNull()
      })

      it('update of a missing document fails with NOT_FOUND and rolls the transaction back', async () => {
        const coll = uniqueName('tx')
        const items = store.collection<Item>(coll)
        await items.doc('a').set({ n: 1 })
        await rejectsWith(
          store.runTransaction(async (tx) => {
            await tx.collection<Item>(coll).doc('a').update({ n: 2 })
            await tx.collection<Item>(coll).doc('missing').update({ n: 3 })
          }),
          'NOT_FOUND',
        )
        expect(await items.doc('a').get()).toEqual({ _id: 'a', n: 1 })
        expect(await items.doc('missing').get()).toBeNull()
      })

      it('concurrent transactions do not lose updates: 20 parallel increments make 20', async () => {
        const coll = uniqueName('counter')
        const counters = store.collection<Counter>(coll)
        await counters.doc('n').set({ value: 0 })
        const increment = () =>
          store.runTransaction(async (tx) => {
            const ref = tx.collection<Counter>(coll).doc('n')
            const current = await ref.get()
            await ref.update({ value: (current?.value ?? 0) + 1 })
          })
        await Promise.all(Array.from({ length: 20 }, increment))
        expect(await counters.doc('n').get()).toEqual({ _id: 'n', value: 20 })
      })
    })
  })
}
