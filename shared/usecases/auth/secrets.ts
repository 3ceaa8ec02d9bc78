import { createHash, randomBytes, randomInt } from 'node:crypto'
import bcrypt from 'bcryptjs'
import { BIND_CODE, LOGIN_CODE } from '../../domain/session-rules'

const BCRYPT_ROUNDS = 10

/** Passwords and six-digit codes: slow hashes, so a copy of the database does not give them away. */
export const hashSecret = (secret: string): Promise<string> => bcrypt.hash(secret, BCRYPT_ROUNDS)
export const secretMatches = (secret: string, hash: string): Promise<boolean> => bcrypt.compare(secret, hash)

/** Tokens and binding codes are looked up by their digest; they carry enough randomness that a fast hash is enough. */
export const digest = (value: string): string => createHash('sha256').update(value).digest('base64url')

export const newToken = (): string => randomBytes(24).toString('base64url')

export function newLoginCode(): string {
  return String(randomInt(0, 10 ** LOGIN_CODE.digits)).padStart(LOGIN_CODE.digits, '0')
}

export function newBindCode(): string {
  const { alphabet, length } = BIND_CODE
  return Array.from({ length }, () => alphabet[randomInt(0, alphabet.length)]).join('')
}

/** What a person types: full-width characters, spaces, dashes and lower case are forgiven. */
export function normaliseBindCode(typed: string): string {
  return typed.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '')
}
