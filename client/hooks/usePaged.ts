import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { messageOf } from '../services/api-error'

type Page<T> = { items: T[]; next: string | null }

export type Paged<T> = {
  items: T[]
  hasMore: boolean
  loading: boolean
  error: string | null
  /** True once the first page has arrived (so "nothing here" can be told apart from "still loading"). */
  loaded: boolean
  loadMore: () => Promise<void>
  reload: () => Promise<void>
}

/**
 * Cursor paging: the first page on mount, whenever `deps` change and on every return to the page,
 * then "加载更多" with `after: next`.
 */
export function usePaged<T>(load: (after?: string) => Promise<Page<T>>, deps: unknown[] = []): Paged<T> {
  const [items, setItems] = useState<T[]>([])
  const [next, setNext] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const loadRef = useRef(load)
  loadRef.current = load
  const shownOnce = useRef(false)

  const fetchPage = useCallback(async (after?: string) => {
    setLoading(true)
    setError(null)
    try {
      const page = await loadRef.current(after)
      setItems((prev) => (after ? [...prev, ...page.items] : page.items))
      setNext(page.next)
      setLoaded(true)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setLoading(false)
    }
  }, [])

  useEffect(() => {
    void fetchPage()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetchPage, ...deps])

  useDidShow(() => {
    if (shownOnce.current) void fetchPage()
    shownOnce.current = true
  })

  return {
    items,
    hasMore: next !== null,
    loading,
    error,
    loaded,
    loadMore: () => (next && !loading ? fetchPage(next) : Promise.resolve()),
    reload: () => fetchPage(),
  }
}
