import { userApi } from '@shared/api/user.api'
import type { Me } from '@shared/api/views'
import { call } from './call'

let cached: Promise<Me> | null = null

/** Who is using the app. Cached for the session; the home page asks afresh for the unread count. */
export function getMe(fresh = false): Promise<Me> {
  if (fresh || !cached) {
    cached = call(userApi.me, {})
    cached.catch(() => {
      cached = null
    })
  }
  return cached
}

export function forgetMe(): void {
  cached = null
}
