import Taro from '@tarojs/taro'
import { hazardApi } from '@shared/api/hazard.api'
import { ApiError, NETWORK_MESSAGE } from './api-error'
import { call } from './call.weapp'
import { cloudPathFor, type Uploaded } from './upload-core'

/** Straight to cloud storage, then `hazard.registerPhoto`, which any WeChat user may call (no record needed). */
export async function uploadHazardPhoto(filePath: string): Promise<Uploaded> {
  let fileID: string
  try {
    fileID = (await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(filePath), filePath })).fileID
  } catch (e) {
    throw new ApiError('INTERNAL', `照片上传失败：${NETWORK_MESSAGE}`, { cause: String(e) })
  }
  const upload = await call(hazardApi.registerPhoto, { fileId: fileID })
  return { id: upload.id, url: filePath }
}
