import type { FileStore } from '@shared/ports/files'

/** A file store in memory for use-case and function tests; `stored` shows what is kept. */
export function memoryFiles(): FileStore & { stored: Map<string, { bytes: Uint8Array; contentType: string }> } {
  const stored = new Map<string, { bytes: Uint8Array; contentType: string }>()
  let seq = 0
  return {
    stored,
    async put({ contentType, bytes, folder }) {
      const fileId = `mem:${folder}/${++seq}`
      stored.set(fileId, { bytes, contentType })
      return fileId
    },
    async get(fileId) {
      return stored.get(fileId) ?? null
    },
    async url(fileId) {
      return `/files/${encodeURIComponent(fileId)}`
    },
    async remove(fileId) {
      stored.delete(fileId)
    },
  }
}
