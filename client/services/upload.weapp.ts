import Taro from '@tarojs/taro'
import { userApi } from '@shared/api/user.api'
import { ApiError, NETWORK_MESSAGE } from './api-error'
import { call } from './call.weapp'
import { cloudPathFor, type Uploaded } from './upload-core'

export type { Uploaded }

/**
 * Straight to cloud storage, then `user.registerUpload`: the function checks the bytes and the quota and
 * answers the upload id the application stores. A refused file surfaces as that call's ApiError.
 */
export async function uploadPhoto(filePath: string): Promise<Uploaded> {
  let fileID: string
  try {
    fileID = (await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(filePath), filePath })).fileID
  } catch (e) {
    throw new ApiError('INTERNAL', `照片上传失败：${NETWORK_MESSAGE}`, { cause: String(e) })
  }
  const upload = await call(userApi.registerUpload, { fileId: fileID, kind: 'photo' })
  return { id: upload.id, url: filePath }
}
