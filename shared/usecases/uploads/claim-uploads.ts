import { DomainError } from '../../domain/errors'
import type { FileKind } from '../../domain/file-kind'
import type { Transaction } from '../../ports/document-store'
import type { Upload, UploadHolder } from '../../store/collections/uploads'
import { txCol } from '../collections'

export const INVALID_PHOTOS = '照片无效，请重新上传'

/** A record photos can be evidence for. */
export type UploadTarget = NonNullable<Upload['attachedTo']>

/**
 * Inside the transaction that writes case `caseId`: every photo id must name a photo the caller uploaded and
 * nobody attached yet, or one already on this case (`onRecord`, or attached to it); the new ones are attached
 * to the case. Anything else — a made-up string, another person's upload, a photo of another case — is refused.
 * Answers the ids without repeats, in the order given.
 */
export function claimUploads(
  tx: Transaction,
  caller: { openid: string },
  args: { photoIds: readonly string[]; caseId: string; onRecord?: readonly string[]; collection?: UploadHolder },
): Promise<string[]> {
  // An objection's or a hazard report's photos are evidence for that record, not for a case.
  return claimUploadsFor(tx, caller, { ...args, target: { collection: args.collection ?? 'cases', id: args.caseId } })
}

/** The same rule for any record photos are evidence for (an inspection, a ledger entry's closure). */
export async function claimUploadsFor(
  tx: Transaction,
  caller: { openid: string },
  args: { photoIds: readonly string[]; target: UploadTarget; onRecord?: readonly string[] },
): Promise<string[]> {
  const ids = [...new Set(args.photoIds)]
  const onRecord = new Set(args.onRecord ?? [])
  const { target } = args
  for (const id of ids) {
    if (onRecord.has(id)) continue
    const upload = await txCol(tx, 'uploads').doc(id).get()
    const ofThisRecord = upload?.attachedTo?.collection === target.collection && upload.attachedTo.id === target.id
    const free = upload?.attachedTo === null && upload.ownerId === caller.openid
    if (upload?.kind !== 'photo' || !(ofThisRecord || free)) {
      throw new DomainError('bad_input', INVALID_PHOTOS, { field: 'photoIds' })
    }
    if (free)
      await txCol(tx, 'uploads')
        .doc(id)
        .update({ attachedTo: { ...target } })
  }
  return ids
}

export type UploadOwner = NonNullable<Upload['attachedTo']>

const INVALID_FILE: Record<FileKind, string> = { photo: INVALID_PHOTOS, document: '文件无效，请重新上传' }

/**
 * `claimUploads` for any record: every id must name an upload of the caller that nobody attached yet, or one
 * already attached to `record`, of a kind `want` accepts (a document may be a PDF or a photo of the paper);
 * the free ones are attached to `record`. `field` names the input field a refusal points at.
 */
export async function claimFiles(
  tx: Transaction,
  caller: { openid: string },
  args: { ids: readonly string[]; want: FileKind; record: UploadOwner; field: string },
): Promise<string[]> {
  const ids = [...new Set(args.ids)]
  for (const id of ids) {
    const upload = await txCol(tx, 'uploads').doc(id).get()
    const ofThisRecord = upload?.attachedTo?.collection === args.record.collection && upload.attachedTo.id === args.record.id
    const free = upload?.attachedTo === null && upload.ownerId === caller.openid
    const kindOk = upload ? args.want === 'document' || upload.kind === 'photo' : false
    if (!upload || !kindOk || !(ofThisRecord || free)) {
      throw new DomainError('bad_input', INVALID_FILE[args.want], { field: args.field })
    }
    if (free) await txCol(tx, 'uploads').doc(id).update({ attachedTo: args.record })
  }
  return ids
}
