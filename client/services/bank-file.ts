/** Taro builds `bank-file.h5.ts` or `bank-file.weapp.ts` in place of this file; this one only gives the shape. */
import { ApiError } from './api-error'

/** A file the person picked, read whole: what `funds.bankImport` takes. */
export type PickedFile = { fileName: string; base64: string }

/** The kinds of result file banks send: their CSV, or an Excel workbook. */
export const BANK_FILE_EXTENSIONS = ['csv', 'xlsx', 'xls'] as const

export async function chooseBankFile(): Promise<PickedFile | null> {
  throw new ApiError('INTERNAL', '当前平台不支持选择文件')
}
