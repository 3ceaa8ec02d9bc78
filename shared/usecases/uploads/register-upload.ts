import { DomainError } from '../../domain/errors'
import { accepts, type FileKind, sniffFile } from '../../domain/file-kind'
import { DAILY_UPLOAD_QUOTA, MAX_UPLOAD_BYTES, overQuota } from '../../domain/upload-rules'
import type { Upload } from '../../store/collections/uploads'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { uploadIdOf } from './upload-id'

/** The bytes themselves (H5 posts them to the local server) or a file already in storage (the mini-program). */
export type UploadSource = { bytes: Uint8Array; name: string } | { fileId: string }

const GONE = '找不到上传的文件，请重新上传'
const WRONG_KIND: Record<FileKind, string> = {
  photo: '只能上传 JPG、PNG、WebP 或 HEIC 照片',
  document: '只能上传 PDF 文件或照片',
}

const refuse = (message: string) => new DomainError('bad_input', message, { field: 'file' })

/**
 * Records an upload of the caller after checking what it really is (its first bytes) and today's quota.
 * Both ways in end here, so H5 and the mini-program follow the same rules. Registering the same file again
 * answers the first record; a file someone else registered is, to this caller, simply not there.
 */
export async function registerUpload(
  deps: Deps,
  caller: Pick<Registered, 'openid'>,
  source: UploadSource,
  want: FileKind = 'photo',
): Promise<Upload> {
  if ('fileId' in source) {
    const known = await col(deps.store, 'uploads').doc(uploadIdOf(source.fileId)).get()
    if (known) {
      if (known.ownerId !== caller.openid) throw refuse(GONE)
      return known
    }
  }
  const bytes = 'bytes' in source ? source.bytes : await readStored(deps, source.fileId)
  const sniffed = checkContent(bytes, want)
  if (!sniffed.ok) {
    // What the mini-program put in storage and we refuse would otherwise stay there, unowned and never cleaned.
    if ('fileId' in source) await deps.files.remove(source.fileId)
    throw refuse(sniffed.message)
  }
  const { at, today } = nowOf(deps)
  const todays = await col(deps.store, 'uploads')
    .where({ ownerId: caller.openid, day: today })
    .limit(DAILY_UPLOAD_QUOTA.files + 1)
    .get()
  const over = overQuota({ files: todays.length, bytes: todays.reduce((sum, u) => sum + u.size, 0) }, bytes.byteLength)
  if (over) throw refuse(over)

  const fileId =
    'fileId' in source
      ? source.fileId
      : await deps.files.put({ name: source.name, contentType: sniffed.contentType, bytes, folder: `${sniffed.kind}s` })
  const upload: Upload = {
    _id: uploadIdOf(fileId),
    fileId,
    ownerId: caller.openid,
    kind: sniffed.kind,
    contentType: sniffed.contentType,
    size: bytes.byteLength,
    day: today,
    createdAt: at,
    attachedTo: null,
  }
  return deps.store.runTransaction(async (tx) => {
    const raced = await txCol(tx, 'uploads').doc(upload._id).get()
    if (raced) {
      if (raced.ownerId !== caller.openid) throw refuse(GONE)
      return raced
    }
    await txCol(tx, 'uploads').doc(upload._id).set(withoutId(upload))
    return upload
  })
}

async function readStored(deps: Deps, fileId: string): Promise<Uint8Array> {
  // A malformed or foreign id makes some stores throw rather than answer null; to the caller both are "not there".
  const file = await deps.files.get(fileId).catch(() => null)
  if (!file) throw refuse(GONE)
  return file.bytes
}

function checkContent(
  bytes: Uint8Array,
  want: FileKind,
): { ok: true; kind: FileKind; contentType: string } | { ok: false; message: string } {
  if (bytes.byteLength === 0) return { ok: false, message: '文件是空的，请重新选择' }
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, message: `文件不能超过${MAX_UPLOAD_BYTES / 1024 / 1024}MB` }
  const sniffed = sniffFile(bytes)
  if (!sniffed || !accepts(want, sniffed)) return { ok: false, message: WRONG_KIND[want] }
  return { ok: true, ...sniffed }
}
