/** Taro builds `hazard-photo.weapp.ts` or `hazard-photo.h5.ts` in place of this file. */
import { ApiError } from './api-error'
import type { Uploaded } from './upload-core'

export async function uploadHazardPhoto(_filePath: string): Promise<Uploaded> {
  throw new ApiError('INTERNAL', '当前平台不支持上传')
}
