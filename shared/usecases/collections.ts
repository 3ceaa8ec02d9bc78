import type { Collection, Doc, DocumentStore, Transaction, TxCollection } from '../ports/document-store'
import type { CollectionName, Collections } from '../store/collections'

export { COLLECTION_NAMES, type CollectionName, type Collections } from '../store/collections'

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
