import type { FileStore } from '@shared/ports/files'
import { newId } from '../ids'
import { checkFolder, contentTypeFor, safeFileName } from '../file-names'
import { checkReply, sdkErrorCode, type CloudbaseStorageApp } from './sdk-shapes'

/**
 * Photos and documents in CloudBase storage. Files go to `<folder>/<id>-<safe name>`; the file id is CloudBase's
 * `cloud://…` fileID. CloudBase derives the content type from the extension, so get() does the same.
 */

export interface CloudbaseFileStoreOptions {
  /** Lifetime of the temporary URLs url() returns, in seconds (default 2 hours). */
  urlMaxAgeSeconds?: number
}

function isMissingFile(error: unknown): boolean {
  const code = sdkErrorCode(error) ?? ''
  const message = error instanceof Error ? error.message : ''
  return /NOT_?EXIST|NONEXIST|NOT_FOUND/i.test(code) || /Status:\s*404/.test(message)
}

export function createCloudbaseFileStore(app: CloudbaseStorageApp, options: CloudbaseFileStoreOptions = {}): FileStore {
  const maxAge = options.urlMaxAgeSeconds ?? 7200

  return {
    async put({ name, bytes, folder }) {
      const cloudPath = `${checkFolder(folder)}/${newId()}-${safeFileName(name)}`
      const reply = checkReply(
        await app.uploadFile({ cloudPath, fileContent: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }),
        `upload ${cloudPath}`,
      )
      if (!reply.fileID) throw new Error(`upload ${cloudPath}: CloudBase returned no fileID`)
      return reply.fileID
    },

    async get(fileId) {
      let content: string | Buffer | undefined
      try {
        content = checkReply(await app.downloadFile({ fileID: fileId }), `download ${fileId}`).fileContent
      } catch (error) {
        if (isMissingFile(error)) return null
        throw error
      }
      if (content === undefined) return null
      const buffer = typeof content === 'string' ? Buffer.from(content) : content
      return {
        bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
        contentType: contentTypeFor(fileId),
      }
    },

    async url(fileId) {
      const reply = checkReply(await app.getTempFileURL({ fileList: [{ fileID: fileId, maxAge }] }), `url of ${fileId}`)
      const entry = reply.fileList?.[0]
      if (entry?.code !== 'SUCCESS' || !entry.tempFileURL) {
        throw new Error(`no temporary URL for ${fileId}: ${entry?.code ?? 'empty reply'}`)
      }
      return entry.tempFileURL
    },

    async remove(fileId) {
      const reply = checkReply(await app.deleteFile({ fileList: [fileId] }), `delete ${fileId}`)
      const entry = reply.fileList?.[0]
      if (entry?.code === 'SUCCESS' || isMissingFile({ code: entry?.code })) return
      throw new Error(`delete ${fileId}: ${entry?.code ?? 'empty reply'}`)
    },
  }
}
