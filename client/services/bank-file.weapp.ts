import Taro from '@tarojs/taro'
import { ApiError } from './api-error'
import { BANK_FILE_EXTENSIONS, type PickedFile } from './bank-file-core'

export type { PickedFile }

/** The bank's result file from a WeChat chat (the way a file reaches a phone); null when the person cancelled. */
export async function chooseBankFile(): Promise<PickedFile | null> {
  let picked: { path: string; name: string } | undefined
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: [...BANK_FILE_EXTENSIONS] })
    picked = res.tempFiles[0]
  } catch {
    return null
  }
  if (!picked) return null
  const { path, name } = picked
  const base64 = await new Promise<string>((resolve, reject) =>
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: (e) => reject(new ApiError('INTERNAL', '文件读取失败，请重新选择', { cause: e.errMsg })),
    }),
  )
  return { fileName: name, base64 }
}
