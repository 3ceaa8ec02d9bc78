import { ApiError, unwrap } from './api-error'
import { getToken } from './session'
import type { Uploaded } from './upload-core'

/**
 * The local server signs a short-lived URL per upload (`POST /api/files/url`), which an <img> can load without
 * the bearer header; it answers only for someone who may see the case the photo is attached to.
 */
export async function signedUrl(id: string): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let body: unknown
  try {
    const res = await fetch('/api/files/url', { method: 'POST', headers, body: JSON.stringify({ id }) })
    body = await res.json()
  } catch (e) {
    throw new ApiError('INTERNAL', '照片加载失败，请稍后再试', { cause: String(e) })
  }
  return unwrap<{ url: string }>(body).url
}

export async function casePhotos(_caseId: string, ids: readonly string[]): Promise<Uploaded[]> {
  return Promise.all(ids.map(async (id) => ({ id, url: await signedUrl(id) })))
}
