/** Taro builds `objection-photos.weapp.ts` or `objection-photos.h5.ts` in place of this file. */
import type { Uploaded } from '../../../../../services/upload-core'

export async function objectionPhotos(_objectionId: string, _ids: readonly string[]): Promise<Uploaded[]> {
  return []
}
