import type { Collection, Doc, DocumentStore, Transaction, TxCollection } from '../ports/document-store'
import type { Application } from '../schemas/application'
import type { Household } from '../schemas/household'
import type { House } from '../schemas/house'
import type { Notification } from '../schemas/notification'
import type { Payment } from '../schemas/payment'
import type { PublicityNotice } from '../schemas/publicity'
import type { Region } from '../schemas/region'
import type { User } from '../schemas/user'

/** Collection names and the record each holds; the only place a name is spelt. */
export interface Collections {
  users: User
  regions: Region
  households: Household
  houses: House
  cases: Application
  notices: PublicityNotice
  payments: Payment
  notifications: Notification
}
export type CollectionName = keyof Collections

export const COLLECTION_NAMES: readonly CollectionName[] = [
  'users',
  'regions',
  'households',
  'houses',
  'cases',
  'notices',
  'payments',
  'notifications',
]

export function col<N extends CollectionName>(store: DocumentStore, name: N): Collection<Collections[N] & Doc> {
  return store.collection<Collections[N] & Doc>(name)
}

export function txCol<N extends CollectionName>(tx: Transaction, name: N): TxCollection<Collections[N] & Doc> {
  return tx.collection<Collections[N] & Doc>(name)
}

export function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id, ...rest } = doc
  void _id
  return rest
}
