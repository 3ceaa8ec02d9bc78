import { cmp } from '../ports/document-store'
import type { Notification } from '../schemas/notification'
import { col } from './collections'
import type { Deps, Registered } from './deps'
import { type Page, type PageRequest, pageBySeq } from './paging'

export function myMessages(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<Notification>> {
  return pageBySeq(col(deps.store, 'notifications'), { recipientId: caller.user._id }, page, 'desc')
}

/** Only the caller's own messages change; ids of anyone else's are passed over, not reported. */
export async function markRead(deps: Deps, caller: Registered, ids: string[]): Promise<{ updated: number }> {
  const unique = [...new Set(ids)]
  const own = await col(deps.store, 'notifications')
    .where({ _id: cmp.in(unique), recipientId: caller.user._id, read: false })
    .limit(100)
    .get()
  for (const message of own) await col(deps.store, 'notifications').doc(message._id).update({ read: true })
  return { updated: own.length }
}
