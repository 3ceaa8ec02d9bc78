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
export function uploadPhoto(filePath: string): Promise<Uploaded> {
  return send(filePath, 'photo')
}

/** A report or acceptance paper: a PDF, or a photo of the paper. */
export function uploadDocument(filePath: string): Promise<Uploaded> {
  return send(filePath, 'document')
}

/** A PDF from a WeChat chat (the way a report reaches a phone); null when the person cancelled. */
export async function choosePdf(): Promise<string | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
    return res.tempFiles[0]?.path ?? null
  } catch {
    return null
  }
}

async function send(filePath: string, kind: 'photo' | 'document'): Promise<Uploaded> {
  let fileID: string
  try {
    fileID = (await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(filePath), filePath })).fileID
  } catch (e) {
    throw new ApiError('INTERNAL', `${kind === 'document' ? '文件' : '照片'}上传失败：${NETWORK_MESSAGE}`, { cause: String(e) })
  }
  const upload = await call(userApi.registerUpload, { fileId: fileID, kind })
  return { id: upload.id, url: filePath }
}
