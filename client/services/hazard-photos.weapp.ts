import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { call } from './call'
import type { HazardPhotoView } from './hazard-photos'

/** A report's photos with CloudBase temporary URLs, from `hazard.photos` (officials of its place only). */
export async function hazardPhotos(reportId: string): Promise<HazardPhotoView[]> {
  return call(hazardOversightApi.photos, { reportId })
}
