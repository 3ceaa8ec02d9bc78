import type { Clock } from '../../ports/clock'
import type { DocumentStore } from '../../ports/document-store'
import { txCol } from '../collections'

type LeaseDeps = { store: DocumentStore; clock: Clock }

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Takes the lease of `name` for `owner` until now + ttl, in a transaction: granted when nobody holds it, when
 * its holder's time ran out (a crashed run), or when `owner` holds it already (a renewal).
 */
export async function acquireLease(deps: LeaseDeps, name: string, owner: string, ttlMs: number): Promise<boolean> {
  const now = deps.clock.now().getTime()
  return deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'leases').doc(name)
    const held = await ref.get()
    if (held && held.owner !== owner && held.expiresAt > iso(now)) return false
    const acquiredAt = held?.owner === owner ? held.acquiredAt : iso(now)
    await ref.set({ owner, acquiredAt, expiresAt: iso(now + ttlMs) })
    return true
  })
}

/** Extends a lease `owner` still holds; false when it expired and another run took it over. */
export async function renewLease(deps: LeaseDeps, name: string, owner: string, ttlMs: number): Promise<boolean> {
  const now = deps.clock.now().getTime()
  return deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'leases').doc(name)
    const held = await ref.get()
    if (!held || held.owner !== owner) return false
    await ref.update({ expiresAt: iso(now + ttlMs) })
    return true
  })
}

/** Gives the lease back, only if `owner` still holds it, so that the next run need not wait for it to expire. */
export async function releaseLease(deps: LeaseDeps, name: string, owner: string): Promise<void> {
  await deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'leases').doc(name)
    if ((await ref.get())?.owner === owner) await ref.remove()
  })
}
