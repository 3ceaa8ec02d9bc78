import { DomainError } from './errors'

/**
 * Everything shown to the public (the village publicity board) or to people who need only to recognise
 * a record passes through here. The publicity rule is "what the public needs and no more": a name a
 * neighbour can recognise, never an ID number, phone number or bank account.
 */

/** Code points, not UTF-16 units, so a rare character outside the BMP (e.g. 𠮷) is one character. */
const chars = (s: string) => Array.from(s)
const stars = (n: number) => '*'.repeat(Math.max(0, n))

/** '张三' → '张*', '欧阳娜娜' → '欧***', a one-character name → '*'. */
export function maskName(name: string): string {
  const c = chars(name.trim())
  if (c.length <= 1) return stars(c.length)
  return c[0] + stars(c.length - 1)
}

/**
 * For officials' screens, where the record is already known and the number only has to be told
 * apart from a neighbour's: the first and last characters, nothing that narrows down birthplace or birthday.
 */
export function maskIdNumber(idNumber: string): string {
  const c = chars(idNumber.trim().toUpperCase())
  if (c.length <= 2) return stars(c.length)
  return c[0] + stars(c.length - 2) + c[c.length - 1]
}

/** '13812345678' → '138****5678', the form Chinese banks and carriers print. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 8) return stars(digits.length)
  return digits.slice(0, 3) + stars(digits.length - 7) + digits.slice(-4)
}

/** Last four only, and a fixed prefix so the length of the account is not shown either. */
export function maskAccount(accountNo: string): string {
  const digits = accountNo.replace(/\D/g, '')
  if (digits.length <= 4) return '****'
  return `**** ${digits.slice(-4)}`
}

/*
 * Free text (a reason, a summary) is typed by people, and people paste numbers. A number counts as one
 * run even when written with spaces or dashes ('6217 0000 1234 5678', '138-1234-5678') or in full-width
 * digits from a Chinese keyboard ('１３８…'). False alarms (two dates separated by one space) are accepted:
 * scrubbing a date is harmless, leaking an account is not.
 */
const DIGIT = '[0-9０-９]'
const SEP = '[ \\u00a0\\u3000\\-‐‑–—－]'
const RUN = new RegExp(`${DIGIT}+(?:${SEP}?${DIGIT}+)*(?:${SEP}?[xXｘＸ](?![A-Za-z]))?`, 'g')

const toAsciiDigits = (s: string) =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(/[^0-9]/g, '')

function isSensitiveRun(run: string): boolean {
  const digits = toAsciiDigits(run)
  if (digits.length >= 12) return true // bank account, ID number (its final X is taken with the run), long identifiers
  if (digits.length === 11 && digits[0] === '1') return true // mobile
  // Landline with area code, e.g. 0539-8123456: a phone number all the same.
  return digits[0] === '0' && digits.length >= 10
}

export function containsSensitive(text: string): boolean {
  for (const m of text.matchAll(RUN)) if (isSensitiveRun(m[0])) return true
  return false
}

/** Replaces each sensitive number with '***', leaving short numbers (amounts, dates, counts) alone. */
export function scrubSensitive(text: string): string {
  return text.replace(RUN, (run) => (isSensitiveRun(run) ? '***' : run))
}

/**
 * For text written for a farmer or the public to read (a reviewer's comment, a message): each number is
 * masked the way the app shows it elsewhere, so the reader still sees that a number was given and can
 * recognise their own, but cannot read anyone's.
 */
export function maskSensitiveText(text: string): string {
  return text.replace(RUN, (run) => {
    if (!isSensitiveRun(run)) return run
    const digits = toAsciiDigits(run)
    const endsInX = /[xXｘＸ]$/.test(run)
    if (digits.length === 18 || (endsInX && digits.length === 17)) return maskIdNumber(endsInX ? `${digits}X` : digits)
    if (digits.length >= 12) return maskAccount(digits)
    return maskPhone(digits)
  })
}

/** For writes that must not store a number at all, so the person can fix the text rather than lose it. */
export function assertNoSensitive(text: string): void {
  if (containsSensitive(text)) {
    throw new DomainError('bad_input', '公开内容中不能出现身份证号、电话号码或银行账号，请删除后再提交')
  }
}
