import { ApiError } from './api-error'
import { BANK_FILE_EXTENSIONS, type PickedFile } from './bank-file-core'

export type { PickedFile }

/** The bank's result file from the computer, read as base64; null when the person closed the chooser. */
export function chooseBankFile(): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = BANK_FILE_EXTENSIONS.map((e) => `.${e}`).join(',')
    input.onchange = () => {
      const file = input.files?.[0]
      if (!file) return resolve(null)
      const reader = new FileReader()
      // A data: URL is "data:<type>;base64,<bytes>"; the server wants the bytes only.
      reader.onload = () => resolve({ fileName: file.name, base64: String(reader.result).replace(/^[^,]*,/, '') })
      reader.onerror = () => reject(new ApiError('INTERNAL', '文件读取失败，请重新选择'))
      reader.readAsDataURL(file)
    }
    input.click()
  })
}
