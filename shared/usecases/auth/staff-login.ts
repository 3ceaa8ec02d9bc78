import { DomainError } from '../../domain/errors'
import { LOGIN_CODE, PASSWORD_ATTEMPTS, PASSWORD_MIN_LENGTH } from '../../domain/session-rules'
import type { DocumentStore } from '../../ports/document-store'
import type { User } from '../../schemas/user'
import { col } from '../collections'
import { assertTriesLeft, countFailure } from './attempts'
import { hashSecret, newLoginCode, secretMatches } from './secrets'

const HOUR = 3_600_000

/** The same refusal whether the phone is unknown, the code wrong or expired: nothing tells which. */
const wrong = () => new DomainError('wrong_code', '手机号或验证码（密码）不对，请核对后再试')

/**
 * Makes a one-time sign-in code for a staff phone. Answers null for a phone without an account, so the caller
 * says "sent" either way. Limited to one a minute and five an hour per phone.
 */
export async function requestLoginCode(store: DocumentStore, phone: string, now: Date): Promise<string | null> {
  const ref = col(store, 'accounts').doc(phone)
  const account = await ref.get()
  if (!account) return null
  const recent = account.codesSentAt.filter((t) => now.getTime() - Date.parse(t) < HOUR)
  const last = recent.at(-1)
  if (recent.length >= LOGIN_CODE.maxPerHour || (last && now.getTime() - Date.parse(last) < LOGIN_CODE.minIntervalMs)) {
    throw new DomainError('too_many_attempts', '验证码发送太频繁，请稍后再试')
  }
  const code = newLoginCode()
  await ref.update({
    loginCode: { hash: await hashSecret(code), expiresAt: new Date(now.getTime() + LOGIN_CODE.ttlMs).toISOString(), attempts: 0 },
    codesSentAt: [...recent, now.toISOString()],
  })
  return code
}

export type Credentials = { phone: string; code?: string; password?: string }

/** Checks a staff member's code or password; answers their user record. A used or spent code is gone. */
export async function signInStaff(store: DocumentStore, { phone, code, password }: Credentials, now: Date): Promise<User> {
  const ref = col(store, 'accounts').doc(phone)
  const account = await ref.get()
  if (!account) throw wrong()
  if (code !== undefined) {
    const pending = account.loginCode
    if (!pending || now.getTime() >= Date.parse(pending.expiresAt)) throw wrong()
    if (pending.attempts >= LOGIN_CODE.maxAttempts) throw new DomainError('too_many_attempts', '验证码错误次数过多，请重新获取')
    if (!(await secretMatches(code, pending.hash))) {
      await ref.update({ loginCode: { ...pending, attempts: pending.attempts + 1 } })
      throw wrong()
    }
    await ref.update({ loginCode: null })
  } else {
    const key = `password:${phone}`
    await assertTriesLeft(store, key, now, PASSWORD_ATTEMPTS)
    if (password === undefined || !account.passwordHash || !(await secretMatches(password, account.passwordHash))) {
      await countFailure(store, key, now, PASSWORD_ATTEMPTS)
      throw wrong()
    }
  }
  const user = await col(store, 'users').doc(account.userId).get()
  if (!user) throw wrong()
  if (user.disabled) throw new DomainError('forbidden', '账号已停用')
  return user
}

/** Sets the caller's own password; when one is set already, the current one must be given. */
export async function setPassword(
  store: DocumentStore,
  userId: string,
  { password, currentPassword }: { password: string; currentPassword?: string },
): Promise<void> {
  const account = (await col(store, 'accounts').where({ userId }).limit(1).get())[0]
  if (!account) throw new DomainError('forbidden', '只有工作人员账号可以设置密码')
  if (password.length < PASSWORD_MIN_LENGTH) throw new DomainError('bad_input', `密码至少 ${PASSWORD_MIN_LENGTH} 位`)
  if (account.passwordHash && !(currentPassword && (await secretMatches(currentPassword, account.passwordHash)))) {
    throw new DomainError('wrong_code', '原密码不对')
  }
  await col(store, 'accounts')
    .doc(account._id)
    .update({ passwordHash: await hashSecret(password) })
}
