import type { DocumentStore } from '@shared/ports/document-store'
import type { Deps } from '@shared/usecases/deps'
import { type SeededWorld, seededWorld } from '../factories/seeded-world.factory'
import { snapshot } from '../factories/world.factory'

const fingerprint = async (store: DocumentStore) => JSON.stringify(await snapshot(store))

/** The methods of the store port that write (see shared/ports/document-store.ts). */
const WRITES = new Set(['set', 'update', 'remove', 'add'])

const hasMethods = (v: object) =>
  Object.getPrototypeOf(v) !== Object.prototype || Object.values(v).some((x) => typeof x === 'function')

/**
 * The store, counting every write it is asked for (through collections, refs, queries and transactions),
 * so a call that asked for none is known to have changed nothing without reading the whole store back.
 */
function counting<T extends object>(target: T, count: { writes: number }): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        if (typeof prop === 'string' && WRITES.has(prop)) count.writes++
        const wrapped = args.map((a) =>
          typeof a === 'function' ? (...inner: unknown[]) => a(...inner.map((x) => wrap(x, count))) : a,
        )
        return wrap(value.apply(obj, wrapped), count)
      }
    },
  })
}

function wrap(value: unknown, count: { writes: number }): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  if (typeof (value as { then?: unknown }).then === 'function') return value
  return hasMethods(value) ? counting(value, count) : value
}

/**
 * One seeded world, kept while calls leave it as it was and built afresh after a call that changed it:
 * most generated calls are refusals or reads, so a call costs a call, not a world.
 */
export function reusableWorld() {
  let current: { world: SeededWorld; baseline: string; count: { writes: number }; deps: Deps } | null = null
  return {
    /** The world, with deps whose store counts writes; call through `deps`, not `world.deps`. */
    async world(): Promise<SeededWorld & { deps: Deps }> {
      if (!current) {
        const world = await seededWorld()
        const count = { writes: 0 }
        current = {
          world,
          baseline: await fingerprint(world.store),
          count,
          deps: { ...world.deps, store: counting(world.deps.store, count) },
        }
      }
      current.count.writes = 0
      return { ...current.world, deps: current.deps }
    },
    /** Whether the store is as it was seeded; a changed world is dropped so the next call gets a fresh one. */
    async unchanged(): Promise<boolean> {
      if (!current) throw new Error('no world to compare')
      if (current.count.writes === 0) return true
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
