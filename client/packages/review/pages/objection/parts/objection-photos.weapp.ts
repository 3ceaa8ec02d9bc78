import { objectionsApi } from '@shared/api/objections.api'
import { call } from '../../../../../services/call'
import type { Uploaded } from '../../../../../services/upload-core'

/** An objector's photos with CloudBase temporary URLs, for the officials of the case's jurisdiction only. */
export async function objectionPhotos(objectionId: string, _ids: readonly string[]): Promise<Uploaded[]> {
  return call(objectionsApi.objectionPhotos, { objectionId })
}
