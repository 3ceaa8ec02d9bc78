/**
 * A route's code or styles that did not arrive (offline on first open, a dropped connection): webpack names these
 * ChunkLoadError ("Loading chunk 12 failed"), mini-css-extract "Loading CSS chunk 12 failed"; a dynamic import that
 * fails in the browser says "Failed to fetch dynamically imported module" / "error loading dynamically imported module".
 */
export function isChunkLoadError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false
  const { name, message } = err as { name?: unknown; message?: unknown }
  if (name === 'ChunkLoadError') return true
  if (typeof message !== 'string') return false
  return /Loading (CSS )?chunk [\w-]+ failed|dynamically imported module/i.test(message)
}
