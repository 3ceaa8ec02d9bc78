import { DomainError } from '../../domain/errors'
import { within } from '../../domain/jurisdiction'
import { BIND_CODE } from '../../domain/session-rules'
import type { Transaction } from '../../ports/document-store'
import { col, txCol } from '../collections'
import type { Deps, Registered } from '../deps'
import { digest, newBindCode } from './secrets'

export type IssuedCode = { code: string; expiresAt: string }

/**
 * Writes a fresh code for `target` inside `tx`, replacing the ones issued before (`previous`: their ids, read
 * before the transaction since a transaction reaches documents by id only). The code itself is returned once.
 */
export async function issueCodeIn(
  tx: Transaction,
  target: string,
  previous: string[],
  issuedBy: string,
  now: Date,
): Promise<IssuedCode> {
  const code = newBindCode()
  const expiresAt = new Date(now.getTime() + BIND_CODE.ttlMs).toISOString()
  for (const id of previous) await txCol(tx, 'bind_codes').doc(id).remove()
  await txCol(tx, 'bind_codes').doc(digest(code)).set({ target, issuedBy, issuedAt: now.toISOString(), expiresAt })
  return { code, expiresAt }
}

export async function codesOf(deps: Deps, target: string): Promise<string[]> {
  const docs = await col(deps.store, 'bind_codes').where({ target }).limit(20).get()
  return docs.map((d) => d._id)
}

/** A village official gives a household in their village the code its members bind with. */
export async function issueHouseholdBindCode(deps: Deps, caller: Registered, householdId: string): Promise<IssuedCode> {
  const household = await col(deps.store, 'households').doc(householdId).get()
  // A household elsewhere answers as one that does not exist.
  if (!household || !within(caller.user.regionPath, household.regionPath)) throw new DomainError('not_found')
  const target = `household:${householdId}`
  const previous = await codesOf(deps, target)
  const now = deps.clock.now()
  return deps.store.runTransaction(async (tx) => issueCodeIn(tx, target, previous, caller.user._id, now))
}
