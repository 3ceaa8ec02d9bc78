import { ApiError, messageOf, NETWORK_MESSAGE } from '../../services/api-error'
import { isChunkLoadError } from '../../services/chunk-error'

/** What went wrong, in the terms the shell acts on: sign in, register, reload, or just try again. */
export type Failure =
  | { kind: 'signin'; message: string }
  | { kind: 'register'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'other'; message: string }

export const SIGNIN_MESSAGE = '要看这一页，请先登录。登录后会回到这里。'
export const REGISTER_MESSAGE = '您还没有登记为系统用户。请到村委会登记，或换一个已登记的账号登录。'
export const CRASH_MESSAGE = '页面出错了'

/** The plain-Chinese reading of a thrown value; public pages never ask anyone to sign in. */
export function failureOf(err: unknown, { isPublic = false }: { isPublic?: boolean } = {}): Failure {
  if (isChunkLoadError(err)) return { kind: 'network', message: NETWORK_MESSAGE }
  if (err instanceof ApiError) {
    if (!isPublic && err.code === 'UNAUTHENTICATED') return { kind: 'signin', message: SIGNIN_MESSAGE }
    if (!isPublic && err.code === 'NOT_REGISTERED') return { kind: 'register', message: REGISTER_MESSAGE }
    if (err.code === 'INTERNAL' && err.message === NETWORK_MESSAGE) return { kind: 'network', message: NETWORK_MESSAGE }
  }
  return { kind: 'other', message: messageOf(err) }
}
