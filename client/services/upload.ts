/** Taro builds `upload.weapp.ts` or `upload.h5.ts` in place of this file. */
import { ApiError } from './api-error'
import type { Uploaded } from './upload-core'

export type { Uploaded }

export async function uploadPhoto(_filePath: string): Promise<Uploaded> {
  throw new ApiError('INTERNAL', '当前平台不支持上传')
}

export async function uploadDocument(_filePath: string): Promise<Uploaded> {
  throw new ApiError('INTERNAL', '当前平台不支持上传')
}

export async function choosePdf(): Promise<string | null> {
  throw new ApiError('INTERNAL', '当前平台不支持选择文件')
}
