import { ApiError, unwrap } from './api-error'
import { getToken } from './session'
import type { Uploaded } from './upload-core'

export type { Uploaded }

/** `POST /api/upload`, multipart field `file`; the local server answers `{ ok, data: { id, url } }` (url signed, short-lived). */
export async function uploadPhoto(filePath: string): Promise<Uploaded> {
  // Taro.chooseImage gives a blob: URL in the browser.
  const blob = await fetch(filePath).then((r) => r.blob())
  const form = new FormData()
  const ext = (blob.type.split('/')[1] || 'jpg').replace('jpeg', 'jpg')
  form.append('file', blob, `photo.${ext}`)
  const headers: Record<string, string> = {}
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let body: unknown
  try {
    const res = await fetch('/api/upload', { method: 'POST', headers, body: form })
    body = await res.json()
  } catch (e) {
    throw new ApiError('INTERNAL', '照片上传失败，请稍后再试', { cause: String(e) })
  }
  const { id, url } = unwrap<Uploaded>(body)
  return { id, url }
}
