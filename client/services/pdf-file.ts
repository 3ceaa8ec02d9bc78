/** Taro builds `pdf-file.h5.ts` or `pdf-file.weapp.ts` in place of this file; this one only gives the shape. */
import { ApiError } from './api-error'

export type PdfFile = { fileName: string; base64: string }

export async function openPdf(_file: PdfFile): Promise<void> {
  throw new ApiError('INTERNAL', '当前平台不支持打开文件')
}
