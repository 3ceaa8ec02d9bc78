import { DomainError } from '../../domain/errors'
import type { Transaction } from '../../ports/document-store'
import type { UploadHolder } from '../../store/collections/uploads'
import { txCol } from '../collections'

export const INVALID_PHOTOS = '照片无效，请重新上传'

/**
 * Inside the transaction that writes case `caseId` (or, with `collection`, another record that holds evidence,
 * such as a hazard report): every photo id must name a photo the caller uploaded and
 * nobody attached yet, or one already on this case (`onRecord`, or attached to it); the new ones are attached
 * to the case. Anything else — a made-up string, another person's upload, a photo of another case — is refused.
 * Answers the ids without repeats, in the order given.
 */
export async function claimUploads(
  tx: Transaction,
  caller: { openid: string },
  args: { photoIds: readonly string[]; caseId: string; onRecord?: readonly string[]; collection?: UploadHolder },
): Promise<string[]> {
  const collection = args.collection ?? 'cases'
  const ids = [...new Set(args.photoIds)]
  const onRecord = new Set(args.onRecord ?? [])
  for (const id of ids) {
    if (onRecord.has(id)) continue
    const upload = await txCol(tx, 'uploads').doc(id).get()
    const ofThisCase = upload?.attachedTo?.collection === collection && upload.attachedTo.id === args.caseId
    const free = upload?.attachedTo === null && upload.ownerId === caller.openid
    if (upload?.kind !== 'photo' || !(ofThisCase || free)) {
      throw new DomainError('bad_input', INVALID_PHOTOS, { field: 'photoIds' })
    }
    if (free)
      await txCol(tx, 'uploads')
        .doc(id)
        .update({ attachedTo: { collection, id: args.caseId } })
  }
  return ids
}
