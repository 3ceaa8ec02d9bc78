import Taro from '@tarojs/taro'
import { ApiError, NETWORK_MESSAGE } from './api-error'
import { cloudPathFor, type Uploaded } from './upload-core'

export type { Uploaded }

/** Straight to cloud storage; the fileID is what the application stores. */
export async function uploadPhoto(filePath: string): Promise<Uploaded> {
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(filePath), filePath })
    return { fileId: res.fileID, url: filePath }
  } catch (e) {
    throw new ApiError('INTERNAL', `照片上传失败：${NETWORK_MESSAGE}`, { cause: String(e) })
  }
}
