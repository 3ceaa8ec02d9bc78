import type { FileStore } from '@shared/ports/files'

/** Real first bytes of a PNG and a PDF, padded to `size`. */
export const PNG_BYTES = (size = 64) => {
  const bytes = new Uint8Array(size)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return bytes
}
export const PDF_BYTES = () => new TextEncoder().encode('%PDF-1.7\n1 0 obj\n')

/** A file put in storage as the mini-program's wx.cloud.uploadFile would, before anyone registers it. */
export function aStoredFile(files: FileStore, bytes: Uint8Array = PNG_BYTES(), name = 'wall.jpg'): Promise<string> {
  return files.put({ name, contentType: 'application/octet-stream', bytes, folder: 'applications' })
}
