/** Taro builds `photos.weapp.ts` or `photos.h5.ts` in place of this file. */
import type { Uploaded } from './upload-core'

export type HazardPhotoView = { id: string; url: string; blurred: boolean; dropped: boolean }

export async function casePhotos(_caseId: string, _ids: readonly string[]): Promise<Uploaded[]> {
  return []
}

export async function hazardPhotos(_reportId: string): Promise<HazardPhotoView[]> {
  return []
}
