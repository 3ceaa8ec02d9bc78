import type { DocumentStore } from '@shared/ports/document-store'
import { caseProfiles } from '@shared/usecases/case-profile'
import { aCase } from '../factories/case.factory'
import { aWorld } from '../factories/world.factory'

/** The store, counting the reads of one collection's documents by id. */
function countingReads(store: DocumentStore, name: string) {
  const counted = { reads: 0 }
  const wrapped: DocumentStore = {
    ...store,
    collection: ((n: string) => {
      const c = store.collection(n)
      if (n !== name) return c
      const get = (id: string) => {
        counted.reads++
        return c.doc(id).get()
      }
      return { ...c, doc: (id: string) => ({ ...c.doc(id), get: () => get(id) }) }
    }) as DocumentStore['collection'],
  }
  return { store: wrapped, counted }
}

describe('caseProfiles', () => {
  it('reads each distinct profile of a page once, and gives every case its own', async () => {
    const world = await aWorld()
    try {
      const inForce = aCase('submitted')
      const id = inForce.policyProfileId!
      const { store, counted } = countingReads(world.store, 'profiles')
      const page = Array.from({ length: 20 }, () => ({ ...inForce }))
      const profiles = await caseProfiles({ store }, page, '2026-11-23')
      expect(profiles).toHaveLength(20)
      expect(new Set(profiles.map((p) => p.id))).toEqual(new Set([id]))
      expect(counted.reads).toBe(1)
    } finally {
      world.close()
    }
  })
})
