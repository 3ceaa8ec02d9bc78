import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import type { FileStore } from '@shared/ports/files'
import { newId } from '../ids'
import { checkFolder, contentTypeFor, safeFileName } from '../file-names'

/**
 * Photos and documents in a local folder, for the one-machine run.
 * Bytes go to <dir>/<folder>/<id>-<safe name>; the content type goes to <dir>/.meta/<folder>/<file>.json
 * (folders cannot start with a dot, so .meta never collides). The file id is `local:<folder>/<file>`, and
 * url() points at the local server's `/api/files/<encoded id>`, which serves get().
 * Ids are parsed strictly and resolved paths must stay inside <dir>: a crafted id cannot reach other files.
 */

const LOCAL_FILE_PREFIX = 'local:'
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const CONTENT_TYPE = /^[A-Za-z0-9][\w.+-]*\/[\w.+-]+(; ?[\w-]+=[\w.-]+)?$/

export interface LocalFileStore extends FileStore {
  /** The absolute path of a stored file (for streaming), or null when the id is unknown. Throws on a malformed id. */
  pathOf(fileId: string): Promise<string | null>
}

export class InvalidFileIdError extends Error {
  constructor(fileId: string) {
    super(`invalid file id ${JSON.stringify(fileId)}`)
    this.name = 'InvalidFileIdError'
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.${newId()}.tmp`
  await writeFile(temp, data)
  await rename(temp, path) // readers never see a half-written file
}

export function createLocalFileStore(dir: string): LocalFileStore {
  const root = resolve(dir)

  const inside = (path: string): string => {
    if (!path.startsWith(root + sep)) throw new Error(`path escapes the file folder: ${path}`)
    return path
  }

  /** `local:<folder>/<file>` → where the bytes and the metadata live. */
  const locate = (fileId: string) => {
    if (typeof fileId !== 'string' || !fileId.startsWith(LOCAL_FILE_PREFIX)) throw new InvalidFileIdError(String(fileId))
    const key = fileId.slice(LOCAL_FILE_PREFIX.length)
    const slash = key.lastIndexOf('/')
    const folder = key.slice(0, slash)
    const file = key.slice(slash + 1)
    try {
      checkFolder(folder)
    } catch {
      throw new InvalidFileIdError(fileId)
    }
    if (slash < 0 || file.length > 120 || !FILE_NAME.test(file)) throw new InvalidFileIdError(fileId)
    return {
      bytes: inside(resolve(root, folder, file)),
      meta: inside(resolve(root, '.meta', folder, `${file}.json`)),
    }
  }

  return {
    async put({ name, contentType, bytes, folder }) {
      const file = `${newId()}-${safeFileName(name)}`
      const fileId = `${LOCAL_FILE_PREFIX}${checkFolder(folder)}/${file}`
      const where = locate(fileId)
      const type = CONTENT_TYPE.test(contentType ?? '') ? contentType : contentTypeFor(file)
      await writeAtomically(where.bytes, bytes)
      await writeAtomically(where.meta, JSON.stringify({ contentType: type, name, size: bytes.byteLength }))
      return fileId
    },

    async get(fileId) {
      const where = locate(fileId)
      let bytes: Buffer
      try {
        bytes = await readFile(where.bytes)
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
      let contentType = contentTypeFor(where.bytes)
      try {
        const meta = JSON.parse(await readFile(where.meta, 'utf8')) as { contentType?: unknown }
        if (typeof meta.contentType === 'string' && CONTENT_TYPE.test(meta.contentType)) contentType = meta.contentType
      } catch (error) {
        if (!isMissing(error)) throw error
      }
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType }
    },

    async url(fileId) {
      locate(fileId)
      return `/api/files/${encodeURIComponent(fileId)}`
    },

    async remove(fileId) {
      const where = locate(fileId)
      await rm(where.bytes, { force: true })
      await rm(where.meta, { force: true })
    },

    async pathOf(fileId) {
      const where = locate(fileId)
      try {
        await access(where.bytes)
        return where.bytes
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
  }
}
