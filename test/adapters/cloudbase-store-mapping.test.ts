import { Db as SdkDb } from '@cloudbase/database'
import { init, type CloudBase } from '@cloudbase/node-sdk'
import { cmp, StoreError, type Doc } from '@shared/ports/document-store'
import {
  createCloudbaseStore,
  docFromReply,
  toCloudbaseUpdate,
  toCloudbaseWhere,
} from '../../cloudfunctions/_lib/adapters/cloudbase/cloudbase-store'
import type { CloudbaseApp, DbCommand } from '../../cloudfunctions/_lib/adapters/cloudbase/sdk-shapes'
import { FakeCloudbaseDb, fromEjson } from './fake-cloudbase-db'

// Compile-time check: the real SDK instance fits the shapes the adapters ask for.
const fitsAdapters = (app: CloudBase): CloudbaseApp => app
void fitsAdapters

/** A db.command that records what it was asked to build. */
const recordingCommand: DbCommand = {
  eq: (value) => ({ op: 'eq', value }),
  neq: (value) => ({ op: 'neq', value }),
  gt: (value) => ({ op: 'gt', value }),
  gte: (value) => ({ op: 'gte', value }),
  lt: (value) => ({ op: 'lt', value }),
  lte: (value) => ({ op: 'lte', value }),
  in: (values) => ({ op: 'in', values }),
  nin: (values) => ({ op: 'nin', values }),
  and: (...expressions) => ({ op: 'and', expressions }),
  set: (value) => ({ op: 'set', value }),
  aggregate: { sum: (expression) => ({ op: 'sum', expression }) },
}

describe('CloudBase mapping (fake db.command)', () => {
  it('maps every port operator to its db.command, with dotted keys', () => {
    const where = toCloudbaseWhere(recordingCommand, [
      { field: 'a', cmp: cmp.eq('x') },
      { field: 'region.village', cmp: cmp.neq(null) },
      { field: 'n1', cmp: cmp.gt(1) },
      { field: 'n2', cmp: cmp.gte(2) },
      { field: 'n3', cmp: cmp.lt(3) },
      { field: 'n4', cmp: cmp.lte(4) },
      { field: 'flag', cmp: cmp.in([true, null]) },
      { field: 's', cmp: cmp.nin([]) },
    ])
    expect(where).toEqual({
      a: { op: 'eq', value: 'x' },
      'region.village': { op: 'neq', value: null },
      n1: { op: 'gt', value: 1 },
      n2: { op: 'gte', value: 2 },
      n3: { op: 'lt', value: 3 },
      n4: { op: 'lte', value: 4 },
      flag: { op: 'in', values: [true, null] },
      s: { op: 'nin', values: [] },
    })
  })

  it('puts conditions into `and` when one field has two', () => {
    const where = toCloudbaseWhere(recordingCommand, [
      { field: 'age', cmp: cmp.gte(30) },
      { field: 'age', cmp: cmp.lt(40) },
      { field: 'city', cmp: cmp.eq('bj') },
    ])
    expect(where).toEqual({
      op: 'and',
      expressions: [{ age: { op: 'gte', value: 30 } }, { age: { op: 'lt', value: 40 } }, { city: { op: 'eq', value: 'bj' } }],
    })
  })

  it('wraps object and array values of an update in db.command.set so they replace the field', () => {
    const update = toCloudbaseUpdate(recordingCommand, [
      ['info', { a: 1 }],
      ['list', [1, 2]],
      ['n', 2],
      ['note', null],
    ])
    expect(update).toEqual({ info: { op: 'set', value: { a: 1 } }, list: { op: 'set', value: [1, 2] }, n: 2, note: null })
  })

  it('normalises doc replies inside and outside transactions', () => {
    expect(docFromReply({ data: [{ _id: 'a', n: 1 }] })).toEqual({ _id: 'a', n: 1 })
    expect(docFromReply({ data: [] })).toBeNull()
    expect(docFromReply({ data: { _id: 'a' } })).toEqual({ _id: 'a' })
    expect(docFromReply({ data: null })).toBeNull()
  })
})

describe('CloudBase store through the real SDK, stopped at the network boundary', () => {
  type Item = Doc & { n?: number; info?: unknown; tag?: string | null; state?: string; region?: { village: string } }

  function connect(options: { transactionAttempts?: number } = {}) {
    const fake = new FakeCloudbaseDb()
    const app = init({ env: 'anju-test', secretId: 'id', secretKey: 'key' })
    const store = createCloudbaseStore(app, { ...options, sleep: async () => undefined })
    // app.database() (called above) installs the HTTP requester; replace it with the fake server.
    SdkDb.reqClass = fake.requester()
    return { fake, store }
  }

  it('sends a query with EJSON filter, order with the _id tie-break, skip and the default limit', async () => {
    const { fake, store } = connect()
    await store
      .collection<Item>('cases')
      .where({ state: 'submitted', 'region.village': '371311.101.201', flag: true, gone: null })
      .where({ n: cmp.in([1, 2]), tag: cmp.nin(['x']), other: cmp.neq('y') })
      .orderBy('createdAt', 'desc')
      .skip(20)
      .get()
    const [call] = fake.callsTo('database.getDocument')
    expect(call.data).toMatchObject({ collectionName: 'cases', queryType: 'WHERE', offset: 20, limit: 100 })
    expect(fromEjson(call.data.query as string)).toEqual({
      state: { $eq: 'submitted' },
      'region.village': { $eq: '371311.101.201' },
      flag: { $eq: true },
      gone: { $eq: null },
      n: { $in: [1, 2] },
      tag: { $nin: ['x'] },
      other: { $ne: 'y' },
    })
    expect(call.data.order).toBe('{"createdAt":{"$numberInt":"-1"},"_id":{"$numberInt":"-1"}}')
  })

  it('sends ranges on one field as $and, and an explicit limit', async () => {
    const { fake, store } = connect()
    await store
      .collection<Item>('cases')
      .where({ n: cmp.gte(30) })
      .where({ n: cmp.lt(40) })
      .limit(1000)
      .get()
    const [call] = fake.callsTo('database.getDocument')
    expect(fromEjson(call.data.query as string)).toEqual({ $and: [{ n: { $gte: 30 } }, { n: { $lt: 40 } }] })
    expect(call.data.limit).toBe(1000)
    expect(fromEjson(call.data.order as string)).toEqual({ _id: 1 })
  })

  it('refuses a limit above 1000 before sending anything', async () => {
    const { fake, store } = connect()
    await expect(store.collection('cases').limit(1001).get()).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' })
    expect(fake.calls).toEqual([])
  })

  it('counts with calculateDocument and the filter only', async () => {
    const { fake, store } = connect()
    fake.seed('cases', 'a', { n: 1 })
    fake.seed('cases', 'b', { n: 2 })
    expect(
      await store
        .collection('cases')
        .where({ n: cmp.gt(0) })
        .skip(1)
        .limit(1)
        .count(),
    ).toBe(2)
    const [call] = fake.callsTo('database.calculateDocument')
    expect(call.data).not.toHaveProperty('limit')
    expect(call.data).not.toHaveProperty('offset')
    expect(fromEjson(call.data.query as string)).toEqual({ n: { $gt: 0 } })
  })

  it('updateWhere sends one WHERE modifyDocument (multi, $set, whole object values) and returns `updated`', async () => {
    const { fake, store } = connect()
    fake.seed('items', 'a', { n: 1, state: 'due' })
    fake.seed('items', 'b', { n: 2, state: 'due' })
    const changed = await store
      .collection<Item>('items')
      .updateWhere({ state: 'due', n: cmp.lte(2) }, { state: 'in_batch', info: { batch: 'b1' } })
    expect(changed).toBe(2)
    const calls = fake.callsTo('database.modifyDocument')
    expect(calls).toHaveLength(1)
    expect(calls[0]!.data).toMatchObject({ queryType: 'WHERE', multi: true, merge: true, upsert: false })
    expect(fromEjson(calls[0]!.data.query as string)).toEqual({ state: { $eq: 'due' }, n: { $lte: 2 } })
    expect(fromEjson(calls[0]!.data.data as string)).toEqual({ $set: { state: 'in_batch', info: { batch: 'b1' } } })
    expect(fake.doc('items', 'a')).toEqual({ n: 1, state: 'in_batch', info: { batch: 'b1' } })
  })

  it('updateWhere refuses an empty condition or a dotted field before sending anything', async () => {
    const { fake, store } = connect()
    await expect(store.collection('items').updateWhere({}, { n: 1 })).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    await expect(store.collection('items').updateWhere({ n: 1 }, { 'a.b': 1 })).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    expect(fake.calls).toHaveLength(0)
  })

  it('sum sends an aggregation: $match with the filter, then $group with $sum of the field', async () => {
    const { fake, store } = connect()
    fake.seed('items', 'a', { n: 3 })
    fake.seed('items', 'b', { n: 4, tag: 'x' })
    expect(
      await store
        .collection<Item>('items')
        .where({ n: cmp.gt(0) })
        .sum('n'),
    ).toBe(7)
    const [call] = fake.callsTo('database.aggregateDocuments')
    const stages = call!.data.stages as Array<{ stageKey: string; stageValue: string }>
    expect(stages.map((s) => s.stageKey)).toEqual(['$match', '$group'])
    expect(fromEjson(stages[0]!.stageValue)).toEqual({ n: { $gt: 0 } })
    expect(fromEjson(stages[1]!.stageValue)).toEqual({ _id: null, n: { $sum: '$n' } })
  })

  it('returns documents with _id from get and doc().get, and null for a missing doc', async () => {
    const { fake, store } = connect()
    fake.seed('items', 'a', { n: 1 })
    expect(await store.collection<Item>('items').get()).toEqual([{ _id: 'a', n: 1 }])
    expect(await store.collection<Item>('items').doc('a').get()).toEqual({ _id: 'a', n: 1 })
    expect(await store.collection<Item>('items').doc('zz').get()).toBeNull()
  })

  it('set replaces the document (merge: false, upsert) and never sends _id in the data', async () => {
    const { fake, store } = connect()
    fake.seed('items', 'a', { n: 1, tag: 'old' })
    await store
      .collection<Item>('items')
      .doc('a')
      .set({ _id: 'ignored', n: 2 } as unknown as Omit<Item, '_id'>)
    const [call] = fake.callsTo('database.modifyDocument')
    expect(call.data).toMatchObject({ queryType: 'DOC', merge: false, upsert: true })
    expect(fromEjson(call.data.data as string)).toEqual({ n: 2 })
    expect(fake.doc('items', 'a')).toEqual({ n: 2 })
  })

  it('update sends $set with whole object values, so nested fields are replaced, not merged', async () => {
    const { fake, store } = connect()
    fake.seed('items', 'a', { n: 1, info: { keep: false, b: { c: 1, d: 2 } }, tag: 't' })
    await store
      .collection<Item>('items')
      .doc('a')
      .update({ info: { b: { c: 9 } }, n: 2, tag: undefined })
    const [call] = fake.callsTo('database.modifyDocument')
    expect(call.data).toMatchObject({ merge: true, upsert: false })
    expect(fromEjson(call.data.data as string)).toEqual({ $set: { info: { b: { c: 9 } }, n: 2 } })
    expect(fake.doc('items', 'a')).toEqual({ n: 2, info: { b: { c: 9 } }, tag: 't' })
  })

  it('update of a missing doc fails with NOT_FOUND after checking it is really absent', async () => {
    const { fake, store } = connect()
    await expect(store.collection('items').doc('nope').update({ n: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(fake.calls.map((c) => c.api)).toEqual(['database.modifyDocument', 'database.getDocument'])
    await expect(store.collection('items').doc('nope').update({})).rejects.toBeInstanceOf(StoreError)
  })

  it('update with values the doc already has succeeds (CloudBase then reports updated: 0)', async () => {
    const { fake, store } = connect()
    fake.seed('items', 'a', { n: 1 })
    await expect(store.collection('items').doc('a').update({ n: 1 })).resolves.toBeUndefined()
    expect(fake.calls.map((c) => c.api)).toEqual(['database.modifyDocument', 'database.getDocument'])
  })

  it('add inserts with a fresh id from newId and returns it', async () => {
    const { fake, store } = connect()
    const id = await store.collection<Item>('items').add({ n: 5 })
    expect(id).toMatch(/^[0-9A-Za-z]{20}$/)
    const [call] = fake.callsTo('database.insertDocument')
    expect((call.data.data as string[]).map(fromEjson)).toEqual([{ n: 5, _id: id }])
    expect(fake.doc('items', id)).toEqual({ n: 5 })
  })

  it('reports a unique-index refusal (E11000 duplicate key) as CONFLICT', async () => {
    const { fake, store } = connect()
    fake.failNext = Object.assign(new Error('E11000 duplicate key error collection: users index: openid_1'), {
      code: 'DATABASE_REQUEST_FAILED',
    })
    await expect(store.collection('users').add({ openid: 'o1' })).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('remove sends removeDocument for the id', async () => {
    const { fake, store } = connect()
    fake.seed('items', 'a', { n: 1 })
    await store.collection('items').doc('a').remove()
    expect(fromEjson(fake.callsTo('database.removeDocument')[0].data.query as string)).toEqual({ _id: 'a' })
    expect(fake.doc('items', 'a')).toBeUndefined()
  })

  it('treats a collection that does not exist yet as empty, and creates it on the first write', async () => {
    const { fake, store } = connect()
    fake.missing.add('fresh')
    expect(await store.collection('fresh').get()).toEqual([])
    expect(await store.collection('fresh').count()).toBe(0)
    expect(await store.collection('fresh').doc('a').get()).toBeNull()
    await store.collection('fresh').doc('a').set({ n: 1 })
    expect(fake.callsTo('database.addCollection')).toHaveLength(1)
    expect(fake.doc('fresh', 'a')).toEqual({ n: 1 })
  })

  it('ensureCollections creates what is missing and tolerates what exists', async () => {
    const { fake, store } = connect()
    fake.seed('users', 'u', {})
    fake.missing.add('cases')
    await store.ensureCollections(['users', 'cases'])
    expect(fake.callsTo('database.addCollection').map((c) => c.data.collectionName)).toEqual(['users', 'cases'])
    expect(fake.missing.has('cases')).toBe(false)
  })

  describe('transactions', () => {
    it('runs get / set / update / remove inside one CloudBase transaction and commits', async () => {
      const { fake, store } = connect()
      fake.seed('counters', 'n', { value: 1 })
      fake.seed('counters', 'old', { value: 0 })
      const result = await store.runTransaction(async (tx) => {
        const counters = tx.collection<Doc & { value: number }>('counters')
        const n = await counters.doc('n').get()
        await counters.doc('n').update({ value: n!.value + 1 })
        await counters.doc('log').set({ value: n!.value })
        await counters.doc('old').remove()
        return (await counters.doc('n').get())!.value
      })
      expect(result).toBe(2) // read-your-writes inside the transaction
      expect(fake.calls.map((c) => c.api)).toEqual([
        'database.startTransaction',
        'database.getDocument',
        'database.modifyDocument',
        'database.modifyDocument',
        'database.removeDocument',
        'database.getDocument',
        'database.commitTransaction',
      ])
      expect(fake.calls.slice(1, -1).every((c) => c.data.transactionId === 'tx1')).toBe(true)
      expect(fake.doc('counters', 'n')).toEqual({ value: 2 })
      expect(fake.doc('counters', 'log')).toEqual({ value: 1 })
      expect(fake.doc('counters', 'old')).toBeUndefined()
    })

    it('rolls back and rethrows the same error when the function throws', async () => {
      const { fake, store } = connect()
      fake.seed('items', 'a', { n: 1 })
      const failure = new Error('rule broken')
      await expect(
        store.runTransaction(async (tx) => {
          await tx.collection('items').doc('a').update({ n: 2 })
          throw failure
        }),
      ).rejects.toBe(failure)
      expect(fake.callsTo('database.abortTransaction')).toHaveLength(1)
      expect(fake.callsTo('database.commitTransaction')).toHaveLength(0)
      expect(fake.doc('items', 'a')).toEqual({ n: 1 })
    })

    it('update of a missing doc inside a transaction fails with NOT_FOUND and aborts', async () => {
      const { fake, store } = connect()
      fake.seed('items', 'a', { n: 1 })
      await expect(
        store.runTransaction(async (tx) => {
          await tx.collection('items').doc('a').update({ n: 2 })
          await tx.collection('items').doc('missing').update({ n: 2 })
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
      expect(fake.doc('items', 'a')).toEqual({ n: 1 })
      expect(fake.callsTo('database.abortTransaction')).toHaveLength(1)
    })

    it('retries the whole function on a write conflict', async () => {
      const { fake, store } = connect()
      fake.seed('counters', 'n', { value: 0 })
      fake.conflictingCommits = 2
      let runs = 0
      await store.runTransaction(async (tx) => {
        runs++
        const n = await tx.collection<Doc & { value: number }>('counters').doc('n').get()
        await tx
          .collection('counters')
          .doc('n')
          .update({ value: n!.value + 1 })
      })
      expect(runs).toBe(3)
      expect(fake.doc('counters', 'n')).toEqual({ value: 1 })
    })

    it('gives up with CONFLICT after the configured attempts', async () => {
      const { fake, store } = connect({ transactionAttempts: 3 })
      fake.seed('counters', 'n', { value: 0 })
      fake.conflictingCommits = 10
      await expect(
        store.runTransaction(async (tx) => tx.collection('counters').doc('n').update({ value: 1 })),
      ).rejects.toMatchObject({ code: 'CONFLICT' })
      expect(fake.callsTo('database.startTransaction')).toHaveLength(3)
      expect(fake.doc('counters', 'n')).toEqual({ value: 0 })
    })
  })
})
