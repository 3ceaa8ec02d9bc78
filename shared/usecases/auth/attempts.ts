import { DomainError } from '../../domain/errors'
import type { DocumentStore } from '../../ports/document-store'
import { col } from '../collections'

export type Limit = { max: number; windowMs: number }

/** Refuses while `key` has used up its failed tries in the current window. */
export async function assertTriesLeft(store: DocumentStore, key: string, now: Date, limit: Limit): Promise<void> {
  const entry = await col(store, 'attempts').doc(key).get()
  if (!entry || now.getTime() - Date.parse(entry.since) >= limit.windowMs) return
  if (entry.count >= limit.max) throw new DomainError('too_many_attempts')
}

/** Counts a failed try; outside any transaction, so the refusal that follows cannot roll it back. */
export async function countFailure(store: DocumentStore, key: string, now: Date, limit: Limit): Promise<void> {
  const ref = col(store, 'attempts').doc(key)
  const entry = await ref.get()
  const fresh = !entry || now.getTime() - Date.parse(entry.since) >= limit.windowMs
  await ref.set(fresh ? { count: 1, since: now.toISOString() } : { count: entry.count + 1, since: entry.since })
}
