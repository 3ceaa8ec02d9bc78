import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { messageOf } from '../services/api-error'

export type Remote<T> = {
  data: T | null
  error: string | null
  /** The thrown value behind `error`, for the page shell (sign-in, network, retry). */
  failure: unknown
  loading: boolean
  reload: () => Promise<void>
}

/**
 * Loads once on mount and again whenever the page is shown again (after coming back from a form),
 * so lists and counts are never stale.
 */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[] = []): Remote<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [loading, setLoading] = useState(true)
  const loadRef = useRef(load)
  loadRef.current = load
  const shownOnce = useRef(false)

  const reload = useCallback(async () => {
    setLoading(true)
    setError(null)
    setFailure(null)
    try {
      setData(await loadRef.current())
    } catch (e) {
      setError(messageOf(e))
      setFailure(e)
    } finally {
      setLoading(false)
    }
  }, [])

  // The caller's `deps` decide when to load again (the page's query, a filter), as useEffect's own list would.
  useEffect(
    () => {
      void reload()
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: the dependency list is the caller's, by design
    deps,
  )

  useDidShow(() => {
    if (shownOnce.current) void reload()
    shownOnce.current = true
  })

  return { data, error, failure, loading, reload }
}
