/**
 * Resident ID numbers (GB 11643-1999): 17 digits and a check character computed from them (ISO 7064 MOD 11-2),
 * so a mistyped digit is caught on entry instead of matching nobody in the benefit register.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The check character of the first 17 digits. */
export function idCheckChar(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new RangeError('expected the 17 digits of an ID number')
  const sum = [...body17].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i]!, 0)
  return CHECK[sum % 11]!
}

/** Shape and check character; a lower-case x is read as X, as people type it. */
export function isValidIdNumber(idNumber: string): boolean {
  const s = idNumber.toUpperCase()
  return /^\d{17}[\dX]$/.test(s) && idCheckChar(s.slice(0, 17)) === s[17]
}

/** The 18 characters of an ID number from its first 17 digits. */
export function withCheckChar(body17: string): string {
  return body17 + idCheckChar(body17)
}
