import { Fragment, type ReactNode } from 'react'
import type { Paged } from '../../hooks/usePaged'
import { LoadMore } from '../load-more'
import { Loading, Notice } from '../notice'

/** A row of the store (`_id`) or of an answer that names it `id`. */
type Keyed = { _id: string } | { id: string }

type Props<T extends Keyed> = {
  /** Prefix of the element ids: `${id}-error` and `${id}-more`. */
  id: string
  list: Paged<T>
  /** Shown once the first page has arrived and it is empty. */
  empty: ReactNode
  /** Shown between the empty state and the items (e.g. a "mark all read" button). */
  header?: ReactNode
  renderItem: (item: T, index: number) => ReactNode
}

/**
 * The body of a `usePaged` list: the error with "重试", the first-load spinner, the empty state,
 * the items and the "加载更多" footer. Renders siblings (no wrapper), so put it inside the page's `.stack`.
 */
const keyOf = (item: Keyed) => ('_id' in item ? item._id : item.id)

export function PagedList<T extends Keyed>({ id, list, empty, header, renderItem }: Props<T>) {
  return (
    <>
      {list.error ? (
        <Notice tone='bad' id={`${id}-error`} onRetry={list.reload}>
          {list.error}
        </Notice>
      ) : null}
      {!list.loaded && list.loading ? <Loading /> : null}
      {list.loaded && list.items.length === 0 ? empty : null}
      {header}
      {list.items.map((item, index) => (
        <Fragment key={keyOf(item)}>{renderItem(item, index)}</Fragment>
      ))}
      <LoadMore
        id={`${id}-more`}
        hasMore={list.hasMore}
        loading={list.loading}
        count={list.items.length}
        onMore={list.loadMore}
      />
    </>
  )
}
