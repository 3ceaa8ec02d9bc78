import type { DocumentStore } from '@shared/ports/document-store'
import { type SeededWorld, seededWorld } from '../factories/seeded-world.factory'
import { snapshot } from '../factories/world.factory'

const fingerprint = async (store: DocumentStore) => JSON.stringify(await snapshot(store))

/**
 * One seeded world, kept while calls leave it as it was and built afresh after a call that changed it:
 * most generated calls are refusals or reads, so this costs one snapshot per call, not one world.
 */
export function reusableWorld() {
  let current: { world: SeededWorld; baseline: string } | null = null
  return {
    async world(): Promise<SeededWorld> {
      if (!current) {
        const world = await seededWorld()
        current = { world, baseline: await fingerprint(world.store) }
      }
      return current.world
    },
    /** Whether the store is as it was seeded; a changed world is dropped so the next call gets a fresh one. */
    async unchanged(): Promise<boolean> {
      if (!current) throw new Error('no world to compare')
      const same = (await fingerprint(current.world.store)) === current.baseline
      if (!same) this.close()
      return same
    },
    close() {
      current?.world.close()
      current = null
    },
  }
}
