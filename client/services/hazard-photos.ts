/** Taro builds `hazard-photos.weapp.ts` or `hazard-photos.h5.ts` in place of this file (the oversight pages only). */
export type HazardPhotoView = { id: string; url: string; blurred: boolean; dropped: boolean }

export async function hazardPhotos(_reportId: string): Promise<HazardPhotoView[]> {
  return []
}
