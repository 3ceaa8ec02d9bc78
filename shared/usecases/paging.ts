import { cmp, type Doc, type Query, type Where } from '../ports/document-store'

export type PageRequest = { after?: string; limit: number }
export type Page<T> = { items: T[]; next: string | null }

/**
 * One page of a list ordered by `seq`, resumed after the cursor. Reads one extra record to know
 * whether another page exists, so the client never asks for an empty page.
 */
export async function pageBySeq<T extends Doc & { seq: string }>(
  query: Query<T>,
  where: Where,
  page: PageRequest,
  direction: 'asc' | 'desc',
): Promise<Page<T>> {
  const cursor: Where = page.after ? { seq: direction === 'asc' ? cmp.gt(page.after) : cmp.lt(page.after) } : {}
  const rows = await query
    .where({ ...where, ...cursor })
    .orderBy('seq', direction)
    .limit(page.limit + 1)
    .get()
  const items = rows.slice(0, page.limit)
  const next = rows.length > page.limit ? items[items.length - 1]!.seq : null
  return { items, next }
}

export function seqOf(createdAt: string, id: string): string {
  return `${createdAt}|${id}`
}
