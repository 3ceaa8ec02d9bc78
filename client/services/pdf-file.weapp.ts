import Taro from '@tarojs/taro'
import { ApiError } from './api-error'
import type { PdfFile } from './pdf-file'

export type { PdfFile } from './pdf-file'

/**
 * The function answers the PDF inline, so there is nothing to download: it is written to the mini-program's own
 * user folder and opened with WeChat's document viewer, whose menu can forward, save or print it.
 */
export async function openPdf(file: PdfFile): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: file.base64,
      encoding: 'base64',
      success: () => resolve(),
      fail: (e) => reject(new ApiError('INTERNAL', '协议文件保存失败，请稍后再试', { cause: e.errMsg })),
    })
  })
  await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true })
}
