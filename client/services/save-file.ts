import Taro from '@tarojs/taro'

export type ExportedFile = { fileName: string; contentType: string; base64: string }

/** The kinds WeChat's document viewer opens; anything else (a bank's CSV) is forwarded as a chat file instead. */
const VIEWABLE = ['xlsx', 'xls', 'pdf', 'docx', 'doc'] as const
type Viewable = (typeof VIEWABLE)[number]

/**
 * Hands an exported file to the person: a download on H5; on the phone WeChat's document viewer (with 转发/保存), or,
 * for a kind it cannot show, WeChat's "send file" sheet so it reaches the computer that talks to the bank.
 */
export async function saveExport(file: ExportedFile): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
    const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }))
    const a = document.createElement('a')
    a.href = url
    a.download = file.fileName
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`
  await new Promise<void>((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: Taro.base64ToArrayBuffer(file.base64),
      success: () => resolve(),
      fail: reject,
    }),
  )
  const ext = file.fileName.split('.').pop()?.toLowerCase() ?? ''
  if ((VIEWABLE as readonly string[]).includes(ext)) {
    await Taro.openDocument({ filePath, fileType: ext as Viewable, showMenu: true })
    return
  }
  await Taro.shareFileMessage({ filePath, fileName: file.fileName })
}
