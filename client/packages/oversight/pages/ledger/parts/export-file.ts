import Taro from '@tarojs/taro'

/** Hands the exported workbook to the person: a download on H5, WeChat's document viewer (with 转发/保存) on the phone. */
export async function saveWorkbook(file: { fileName: string; contentType: string; base64: string }): Promise<void> {
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
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
}
