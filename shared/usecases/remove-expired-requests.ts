import { MAX_READ, cmp } from '../ports/document-store'
import { col } from './collections'
import type { Deps } from './deps'

/**
 * Request ids only have to outlive the retries of one tap, so old ones are removed by the jobs scheduler.
 * One call removes at most `limit` (≤ 1,000); the job calls again while `more` is true.
 */
export async function removeExpiredRequests(
  deps: Pick<Deps, 'store' | 'clock'>,
  { olderThanDays, limit }: { olderThanDays: number; limit: number },
): Promise<{ removed: number; more: boolean }> {
  const cutoff = new Date(deps.clock.now().getTime() - olderThanDays * 86_400_000).toISOString()
  const take = Math.max(1, Math.min(limit, MAX_READ))
  const expired = await col(deps.store, 'requests')
    .where({ createdAt: cmp.lt(cutoff) })
    .orderBy('createdAt', 'asc')
    .limit(take)
    .get()
  for (const r of expired) await col(deps.store, 'requests').doc(r._id).remove()
  return { removed: expired.length, more: expired.length === take }
}
