import { DomainError } from '../../domain/errors'
import type { Transaction } from '../../ports/document-store'
import type { Upload } from '../../store/collections/uploads'
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
  args: { photoIds: readonly string[]; caseId: string; onRecord?: readonly string[] },
): Promise<string[]> {
  return claimUploadsFor(tx, caller, { ...args, target: { collection: 'cases', id: args.caseId } })
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
