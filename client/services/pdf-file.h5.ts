import type { PdfFile } from './pdf-file'

export type { PdfFile } from './pdf-file'

/** The browser saves the PDF under its name (a download), so it can be kept, shared or printed. */
export async function openPdf(file: PdfFile): Promise<void> {
  const binary = atob(file.base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // The download has started by now; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
