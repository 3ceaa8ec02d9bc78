import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { call } from './call'
import type { HazardPhotoView } from './hazard-photos'
import { signedUrl } from './photos.h5'

/** What moderation did to each photo comes from `hazard.photos`; the picture itself through a signed URL. */
export async function hazardPhotos(reportId: string): Promise<HazardPhotoView[]> {
  const photos = await call(hazardOversightApi.photos, { reportId })
  return Promise.all(photos.map(async (p) => ({ ...p, url: await signedUrl(p.id) })))
}
