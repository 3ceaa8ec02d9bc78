/** Naming rules shared by the file stores, so a file id never carries a path the stores did not choose. */

const FOLDER = /^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9_-]*)*$/

/** Folders are one or more plain segments: no dots, so no `..`, and no leading slash. */
export function checkFolder(folder: string): string {
  if (typeof folder !== 'string' || folder.length > 200 || !FOLDER.test(folder)) {
    throw new Error(`invalid folder ${JSON.stringify(folder)}: use segments of [A-Za-z0-9_-] separated by /`)
  }
  return folder
}

/**
 * A file name safe on every filesystem and in a URL: ASCII letters, digits, dot, dash and underscore, not starting
 * with a dot, at most 80 characters, keeping the extension (it decides the content type on CloudBase).
 */
export function safeFileName(name: string): string {
  const base =
    String(name ?? '')
      .split(/[\\/]/)
      .pop() ?? ''
  const dot = base.lastIndexOf('.')
  const ext =
    dot > 0
      ? base
          .slice(dot + 1)
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 10)
          .toLowerCase()
      : ''
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 64)
  return `${stem || 'file'}${ext ? `.${ext}` : ''}`
}

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  mp4: 'video/mp4',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The content type implied by a file name's extension (when the store keeps no type of its own). */
export function contentTypeFor(name: string): string {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : ''
  return TYPES[ext] ?? 'application/octet-stream'
}
