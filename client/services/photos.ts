/** Taro builds `photos.weapp.ts` or `photos.h5.ts` in place of this file. */
import type { Uploaded } from './upload-core'

export async function casePhotos(_caseId: string, _ids: readonly string[]): Promise<Uploaded[]> {
  return []
}
