import { DomainError } from '../domain/errors'
import { cmp, type DocumentStore, MAX_READ } from '../ports/document-store'
import { col, type CollectionName, type Collections } from './collections'

/** Reads one record by id, or answers NOT_FOUND, the same answer a record out of the caller's reach gets. */
export async function mustGet<N extends CollectionName>(store: DocumentStore, name: N, id: string): Promise<Collections[N]> {
  const doc = await col(store, name).doc(id).get()
  if (!doc) throw new DomainError('not_found')
  return doc
}

export async function regionName(store: DocumentStore, path: string): Promise<string> {
  const region = await col(store, 'regions').doc(path).get()
  return region?.name ?? path
}

/** The names of several regions in one read (a page of staff, say); a region nobody named keeps its code. */
export async function regionNames(store: DocumentStore, paths: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(paths)]
  const regions = unique.length
    ? await col(store, 'regions')
        .where({ _id: cmp.in(unique) })
        .limit(MAX_READ)
        .get()
    : []
  const named = new Map(regions.map((r) => [r._id, r.name]))
  return new Map(unique.map((p) => [p, named.get(p) ?? p]))
}

/** Everyone signed in for a household (the head, a grown child…) gets its messages. */
export async function householdUserIds(store: DocumentStore, householdId: string): Promise<string[]> {
  const users = await col(store, 'users').where({ householdId }).limit(50).get()
  return users.map((u) => u._id)
}
