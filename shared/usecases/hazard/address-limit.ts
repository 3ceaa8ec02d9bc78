import { REPORTS_PER_ADDRESS, TOO_MANY_FROM_ADDRESS } from '../../domain/hazard'
import { DomainError } from '../../domain/errors'
import type { DocumentStore } from '../../ports/document-store'
import { countFailure } from '../auth/attempts'
import { col } from '../collections'

/**
 * Reports per network address, counted in `attempts` next to the sign-in tries. Only the local server knows the
 * address (CloudBase gives a function the OPENID, not the caller's IP), so it asks before and counts after.
 */
const keyOf = (address: string) => `hazard-report:${address}`.slice(0, 120)

export async function assertAddressMayReport(store: DocumentStore, address: string, now: Date): Promise<void> {
  const entry = await col(store, 'attempts').doc(keyOf(address)).get()
  if (!entry || now.getTime() - Date.parse(entry.since) >= REPORTS_PER_ADDRESS.windowMs) return
  if (entry.count >= REPORTS_PER_ADDRESS.max) throw new DomainError('too_many_attempts', TOO_MANY_FROM_ADDRESS)
}

/** One accepted report from the address; outside the report's transaction, like a counted sign-in try. */
export function countAddressReport(store: DocumentStore, address: string, now: Date): Promise<void> {
  return countFailure(store, keyOf(address), now, REPORTS_PER_ADDRESS)
}
