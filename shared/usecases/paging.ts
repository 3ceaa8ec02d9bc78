import { cmp, type Doc, type Query, type Scalar, type Where } from '../ports/document-store'

export type PageRequest = { after?: string; limit: number }
export type Page<T> = { items: T[]; next: string | null }
type Direction = 'asc' | 'desc'

function firstRows<T extends Doc & { seq: string }>(
  query: Query<T>,
  where: Where,
  page: PageRequest,
  direction: Direction,
): Promise<T[]> {
  const cursor: Where = page.after ? { seq: direction === 'asc' ? cmp.gt(page.after) : cmp.lt(page.after) } : {}
  return query
    .where({ ...where, ...cursor })
    .orderBy('seq', direction)
    .limit(page.limit + 1)
    .get()
}

/** Reads one extra record to know whether another page exists, so the client never asks for an empty page. */
function cut<T extends { seq: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit)
  const next = rows.length > limit ? items[items.length - 1]!.seq : null
  return { items, next }
}

/** One page of a list ordered by `seq`, resumed after the cursor. */
export async function pageBySeq<T extends Doc & { seq: string }>(
  query: Query<T>,
  where: Where,
  page: PageRequest,
  direction: Direction,
): Promise<Page<T>> {
  return cut(await firstRows(query, where, page, direction), page.limit)
}

/**
 * The same page where one field may take any of several values. An `in` list cannot walk one index in
 * `seq` order, so the database would sort every match before cutting the page; instead each value reads
 * its own first page through the index and the pages are merged — the work stays one page per value.
 */
export async function pageBySeqAcross<T extends Doc & { seq: string }>(
  query: Query<T>,
  field: string,
  values: readonly Scalar[],
  where: Where,
  page: PageRequest,
  direction: Direction,
): Promise<Page<T>> {
  const pages = await Promise.all(values.map((value) => firstRows(query, { ...where, [field]: value }, page, direction)))
  const sign = direction === 'asc' ? 1 : -1
  const merged = pages.flat().sort((a, b) => (a.seq < b.seq ? -sign : a.seq > b.seq ? sign : 0))
  return cut(merged, page.limit)
}

export function seqOf(createdAt: string, id: string): string {
  return `${createdAt}|${id}`
}
