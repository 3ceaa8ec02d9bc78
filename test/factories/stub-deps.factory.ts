import { createCalendar } from '@shared/domain/calendar'
import type { Collection, Doc, DocRef, DocumentStore, Query, Where } from '@shared/ports/document-store'
import type { Deps } from '@shared/usecases/deps'
import { memoryFiles } from './memory-files.factory'
import { LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { firstVersionOf } from '@shared/usecases/profiles'

/**
 * The store port as a plain map, for use-case tests that stub their dependencies: documents by id, equality
 * filters and a limit (all a use case's own lookups need), transactions that simply run. No SQLite, no adapter.
 */
export function stubStore(): DocumentStore & { docs: Map<string, Map<string, Doc>> } {
  const docs = new Map<string, Map<string, Doc>>()
  const table = (name: string) => {
    let t = docs.get(name)
    if (!t) {
      t = new Map()
      docs.set(name, t)
    }
    return t
  }
  const ref = <T extends Doc>(name: string, id: string): DocRef<T> => ({
    get: async () => (table(name).has(id) ? (structuredClone(table(name).get(id)) as T) : null),
    set: async (data) => void table(name).set(id, { ...structuredClone(data), _id: id } as Doc),
    update: async (patch) => {
      const current = table(name).get(id)
      if (!current) throw new Error(`${name}/${id} does not exist`)
      table(name).set(id, { ...current, ...structuredClone(patch) })
    },
    remove: async () => void table(name).delete(id),
  })
  const query = <T extends Doc>(name: string, where: Where = {}, limit = 100): Query<T> => ({
    where: (more) => query<T>(name, { ...where, ...more }, limit),
    orderBy: () => query<T>(name, where, limit),
    skip: () => query<T>(name, where, limit),
    limit: (n) => query<T>(name, where, n),
    get: async () =>
      [...table(name).values()]
        .filter((d) => Object.entries(where).every(([k, v]) => d[k] === v))
        .slice(0, limit)
        .map((d) => structuredClone(d) as T),
    count: async () => [...table(name).values()].filter((d) => Object.entries(where).every(([k, v]) => d[k] === v)).length,
    sum: async () => Promise.reject(new Error('unused')),
  })
  return {
    docs,
    collection<T extends Doc>(name: string): Collection<T> {
      return {
        ...query<T>(name),
        doc: (id: string) => ref<T>(name, id),
        add: async () => Promise.reject(new Error('unused')),
        updateWhere: async () => Promise.reject(new Error('unused')),
      }
    },
    runTransaction: (fn) => fn({ collection: <T extends Doc>(name: string) => ({ doc: (id: string) => ref<T>(name, id) }) }),
  }
}

/** Deps for one use case: the stub store, a clock stopped at 09:00 Beijing time on `today`, ids counted from 1. */
export function stubDeps(today = '2026-11-23'): Deps & { store: ReturnType<typeof stubStore> } {
  let n = 0
  const store = stubStore()
  // The county's profile in force, as a seeded store has it (use cases read profiles from the store).
  const profile = firstVersionOf('371311', LUOZHUANG_2020, `${today}T00:00:00+08:00`)
  store.docs.set('profiles', new Map([[profile._id, profile]]))
  return {
    store,
    files: memoryFiles(),
    clock: { now: () => new Date(`${today}T09:00:00+08:00`) },
    calendar: createCalendar(),
    newId: () => `id-${++n}`,
  }
}
