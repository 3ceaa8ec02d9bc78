import { applicationApi } from '@shared/api/application.api'
import { call } from './call'
import type { Uploaded } from './upload-core'

/** CloudBase temporary URLs, from `application.photos` (which checks the caller may see the case). */
export async function casePhotos(caseId: string, _ids: readonly string[]): Promise<Uploaded[]> {
  return call(applicationApi.photos, { caseId })
}
