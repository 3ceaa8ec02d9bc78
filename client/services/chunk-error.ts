/**
 * A part of the app that could not be downloaded (webpack's lazily loaded JS or CSS chunk, or a native dynamic
 * import): the network is at fault, never the person, so it is shown as "网络不通" with a retry.
 */
export function isChunkLoadError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  const { name, code, message } = e as { name?: unknown; code?: unknown; message?: unknown }
  if (name === 'ChunkLoadError' || code === 'CSS_CHUNK_LOAD_FAILED') return true
  const text = typeof message === 'string' ? message : ''
  return /Loading (CSS )?chunk \S+ failed|Failed to fetch dynamically imported module/.test(text)
}
