import { applicationApi } from '@shared/api/application.api'
import { call } from './call'
import type { Uploaded } from './upload-core'

/** CloudBase temporary URLs, from `application.photos` (which checks the caller may see the case). */
export async function casePhotos(caseId: string, ids: readonly string[]): Promise<Uploaded[]> {
  // The action answers all of the case's photos (the house's and the village minutes'); a page asks for some.
  return (await call(applicationApi.photos, { caseId })).filter((p) => ids.includes(p.id))
}
