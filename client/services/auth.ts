import { ApiError, unwrap } from './api-error'
import { getToken } from './session'

/** H5 only: the local server's sign-in routes (in the mini-program WeChat supplies the identity). */
async function post<T>(path: string, body: unknown): Promise<T> {
  const token = getToken()
  let answer: unknown
  try {
    const res = await fetch(`/api/auth/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    answer = await res.json()
  } catch (e) {
    throw new ApiError('INTERNAL', '网络不通，请检查网络后再试', { cause: String(e) })
  }
  return unwrap<T>(answer)
}

export const startVisitor = () => post<{ token: string; openid: string }>('visitor', {})
export const sendLoginCode = (phone: string) => post<{ sent: boolean }>('code', { phone })
export const staffLogin = (phone: string, secret: { code: string } | { password: string }) =>
  post<{ token: string; name: string; role: string }>('login', { phone, ...secret })
export const logout = () => post<{ signedOut: boolean }>('logout', {})
