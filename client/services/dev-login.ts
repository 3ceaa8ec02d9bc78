import { ApiError, unwrap } from './api-error'

/** A person the local server can sign in as (H5 development only; WeChat supplies identity in the mini-program). */
export type DevUser = { openid: string; name: string; role: string | null; roleLabel: string; regionName: string }

async function json(url: string, init?: RequestInit): Promise<unknown> {
  try {
    const res = await fetch(url, init)
    return await res.json()
  } catch (e) {
    throw new ApiError('INTERNAL', '连不上本地服务，请先运行 npm start', { cause: String(e) })
  }
}

export async function listDevUsers(): Promise<DevUser[]> {
  const body = await json('/api/dev/users')
  // The list is either bare or inside the usual envelope.
  return Array.isArray(body) ? (body as DevUser[]) : unwrap<DevUser[]>(body)
}

export async function devLogin(openid: string): Promise<string> {
  const body = await json('/api/dev/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ openid }),
  })
  return unwrap<{ token: string }>(body).token
}
