import type { DocumentStore } from '../../ports/document-store'
import type { User } from '../../schemas/user'
import { col } from '../collections'

/** The user behind an identity: their own record (`_id` = identity) or a staff record the identity is linked to. */
export async function userOfIdentity(store: DocumentStore, openid: string): Promise<User | null> {
  const own = await col(store, 'users').doc(openid).get()
  if (own) return own
  const link = await col(store, 'identities').doc(openid).get()
  return link ? await col(store, 'users').doc(link.userId).get() : null
}
