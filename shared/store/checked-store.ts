import type { z } from 'zod'
import type { Doc, DocRef, DocumentStore, Patch, Transaction, Where } from '../ports/document-store'
import { StoreError } from '../ports/document-store'
import { COLLECTIONS } from './collections'

const schemaOf = (name: string): z.ZodType => {
  const decl = (COLLECTIONS as Record<string, { schema: z.ZodType }>)[name]
  if (!decl) throw new StoreError('UNSUPPORTED', `collection ${name} is not declared in shared/store/collections`)
  return decl.schema
}

function check(name: string, doc: Record<string, unknown>): void {
  const result = schemaOf(name).safeParse(doc)
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new StoreError('UNSUPPORTED', `${name}/${String(doc._id)} does not match its schema: ${where}`)
  }
}

/** A bulk patch cannot be checked against each document it reaches, so each field is checked against its own schema. */
function checkFields(name: string, patch: Patch): void {
  const shape = (schemaOf(name) as unknown as { shape?: Record<string, z.ZodType> }).shape
  if (!shape) throw new StoreError('UNSUPPORTED', `${name} has no object schema to check a bulk update against`)
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    const field = shape[key]
    if (!field) throw new StoreError('UNSUPPORTED', `${name}: no field ${key} in its schema`)
    const result = field.safeParse(value)
    if (!result.success)
      throw new StoreError('UNSUPPORTED', `${name}.${key} does not match its schema: ${result.error.issues[0]?.message}`)
  }
}

function checkedRef<T extends Doc>(name: string, id: string, ref: DocRef<T>): DocRef<T> {
  return {
    get: () => ref.get(),
    remove: () => ref.remove(),
    async set(data) {
      check(name, { ...(data as object), _id: id })
      return ref.set(data)
    },
    async update(patch: Patch) {
      const current = await ref.get()
      if (current) check(name, { ...current, ...patch, _id: id })
      return ref.update(patch)
    },
  }
}

/**
 * Outside production every document written is checked against the schema of its collection, so a use case
 * that writes a wrong shape fails in the tests instead of leaving a record the next reader cannot parse.
 */
export function checkedStore(store: DocumentStore): DocumentStore {
  return {
    collection<T extends Doc>(name: string) {
      const inner = store.collection<T>(name)
      return Object.assign(Object.create(inner) as typeof inner, {
        doc: (id: string) => checkedRef(name, id, inner.doc(id)),
        async add(data: Omit<T, '_id'>) {
          check(name, { ...(data as object), _id: 'new' })
          return inner.add(data)
        },
        async updateWhere(where: Where, patch: Patch) {
          checkFields(name, patch)
          return inner.updateWhere(where, patch)
        },
      })
    },
    runTransaction<R>(fn: (tx: Transaction) => Promise<R>) {
      return store.runTransaction((tx) =>
        fn({
          collection: <T extends Doc>(name: string) => ({
            doc: (id: string) => checkedRef(name, id, tx.collection<T>(name).doc(id)),
          }),
        }),
      )
    },
  }
}
