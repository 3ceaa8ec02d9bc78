import { checkedStore } from '@shared/store/checked-store'
import { COLLECTION_NAMES, COLLECTIONS, INDEXES } from '@shared/store/collections'
import { openSqliteStore } from '../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'
import { aUser } from '../factories/user.factory'

describe('the collection registry', () => {
  it.each(COLLECTION_NAMES)('%s is declared under its own name, with indexes the store takes', (name) => {
    expect(COLLECTIONS[name].name).toBe(name)
    expect(INDEXES[name]).toEqual(COLLECTIONS[name].indexes)
  })
})

describe('the schema-checked store', () => {
  const open = () => {
    const raw = openSqliteStore({ file: ':memory:', indexes: INDEXES })
    return { raw, store: checkedStore(raw) }
  }

  it('writes a document that matches its schema', async () => {
    const { raw, store } = open()
    const { _id, ...user } = aUser({ _id: 'u1' })
    await store.collection('users').doc(_id).set(user)
    expect(await raw.collection('users').doc('u1').get()).toMatchObject({ name: user.name })
    await raw.close()
  })

  it('refuses a document of the wrong shape, on set, update, add and inside a transaction, and writes nothing', async () => {
    const { raw, store } = open()
    const { _id, ...user } = aUser({ _id: 'u1' })
    await store.collection('users').doc(_id).set(user)
    await expect(
      store
        .collection('users')
        .doc('u2')
        .set({ ...user, role: 'king' }),
    ).rejects.toThrow(/does not match its schema/)
    await expect(store.collection('users').doc('u1').update({ regionPath: 'nowhere' })).rejects.toThrow(/regionPath/)
    await expect(store.collection('users').add({ name: '' })).rejects.toThrow(/does not match/)
    await expect(
      store.runTransaction(async (tx) => {
        await tx.collection('users').doc('u3').set(user)
        await tx
          .collection('users')
          .doc('u4')
          .set({ ...user, name: '' })
      }),
    ).rejects.toThrow(/does not match/)
    expect(await raw.collection('users').orderBy('_id', 'asc').get()).toHaveLength(1)
    expect((await raw.collection('users').doc('u1').get())?.regionPath).toBe(user.regionPath)
    await raw.close()
  })

  it('checks each field of a bulk update against its schema and refuses unknown fields, changing nothing', async () => {
    const { raw, store } = open()
    const { _id, ...user } = aUser({ _id: 'u1', name: '甲' })
    await store.collection('users').doc(_id).set(user)
    await expect(store.collection('users').updateWhere({ name: '甲' }, { role: 'king' })).rejects.toThrow(/role/)
    await expect(store.collection('users').updateWhere({ name: '甲' }, { stray: 1 })).rejects.toThrow(/no field stray/)
    expect((await raw.collection('users').doc('u1').get())?.role).toBe(user.role)
    expect(await store.collection('users').updateWhere({ name: '甲' }, { name: '乙' })).toBe(1)
    expect((await raw.collection('users').doc('u1').get())?.name).toBe('乙')
    await raw.close()
  })

  it('refuses a collection that is not declared', async () => {
    const { raw, store } = open()
    await expect(store.collection('stray').doc('x').set({ a: 1 })).rejects.toThrow(/not declared/)
    await raw.close()
  })
})
