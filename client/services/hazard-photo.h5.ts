import { ApiError, unwrap } from './api-error'
import { startVisitor } from './auth'
import { forgetMe } from './me'
import { getToken, setToken } from './session'
import type { Uploaded } from './upload-core'

/** `POST /api/upload?for=hazard`: a report needs no record, only the visitor session (same byte checks and quota). */
export async function uploadHazardPhoto(filePath: string): Promise<Uploaded> {
  const blob = await fetch(filePath).then((r) => r.blob())
  const form = new FormData()
  const ext = (blob.type.split('/')[1] || 'jpg').replace('jpeg', 'jpg')
  form.append('file', blob, `photo.${ext}`)
  // Reporting needs an identity to write for; a visitor who never signed in gets the platform's visitor session.
  let token = getToken()
  if (!token) {
    token = (await startVisitor()).token
    setToken(token)
    forgetMe()
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` }
  let body: unknown
  try {
    const res = await fetch('/api/upload?for=hazard', { method: 'POST', headers, body: form })
    body = await res.json()
  } catch (e) {
    throw new ApiError('INTERNAL', '照片上传失败，请稍后再试', { cause: String(e) })
  }
  const { id, url } = unwrap<Uploaded>(body)
  return { id, url }
}
