import { ApiError, unwrap } from './api-error'
import { getToken } from './session'
import type { Uploaded } from './upload-core'

export type { Uploaded }

/** `POST /api/upload`, multipart field `file`; the local server answers `{ ok, data: { id, url } }` (url signed, short-lived). */
export function uploadPhoto(filePath: string): Promise<Uploaded> {
  return send(filePath, 'photo')
}

/** A report or acceptance paper: a PDF, or a photo of the paper. */
export function uploadDocument(filePath: string): Promise<Uploaded> {
  return send(filePath, 'document')
}

/** A PDF from the computer or phone, as a blob: URL; null when the person closed the chooser. */
export function choosePdf(): Promise<string | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'application/pdf,.pdf'
    input.onchange = () => {
      const file = input.files?.[0]
      resolve(file ? URL.createObjectURL(file) : null)
    }
    input.click()
  })
}

async function send(filePath: string, kind: 'photo' | 'document'): Promise<Uploaded> {
  // Taro.chooseImage gives a blob: URL in the browser.
  const blob = await fetch(filePath).then((r) => r.blob())
  const form = new FormData()
  const ext = (blob.type.split('/')[1] || 'jpg').replace('jpeg', 'jpg')
  form.append('file', blob, `${kind}.${ext}`)
  const headers: Record<string, string> = {}
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let body: unknown
  try {
    const res = await fetch(kind === 'document' ? '/api/upload?kind=document' : '/api/upload', {
      method: 'POST',
      headers,
      body: form,
    })
    body = await res.json()
  } catch (e) {
    throw new ApiError('INTERNAL', kind === 'document' ? '文件上传失败，请稍后再试' : '照片上传失败，请稍后再试', {
      cause: String(e),
    })
  }
  const { id, url } = unwrap<Uploaded>(body)
  return { id, url }
}
