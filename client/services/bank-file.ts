/** Taro builds `bank-file.h5.ts` or `bank-file.weapp.ts` in place of this file; this one only gives the shape. */
import { ApiError } from './api-error'
import type { PickedFile } from './bank-file-core'

export type { PickedFile }

export async function chooseBankFile(): Promise<PickedFile | null> {
  throw new ApiError('INTERNAL', '当前平台不支持选择文件')
}
