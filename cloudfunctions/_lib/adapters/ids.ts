import { randomBytes } from 'node:crypto'

/**
 * Document ids: 20 characters from [0-9A-Za-z] (URL-safe, valid as a CloudBase `_id` and as `Id` in the schemas).
 * The first 8 characters are the creation time in milliseconds, so ids sort by creation time (ASCII order of the
 * alphabet below is its numeric order); the last 12 are random (~71 bits). Within one millisecond the random part
 * (or after the clock steps back) is incremented instead of redrawn, so ids made by one process strictly increase.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE = ALPHABET.length // 62
const TIME_LEN = 8 // 62^8 ms reaches the year 8900
const RANDOM_LEN = 12
/** Largest multiple of 62 below 256: bytes at or above it are dropped, so every character is equally likely. */
const UNBIASED_LIMIT = 256 - (256 % BASE)

let lastTime = -1
let lastRandom: number[] = []

function encodeTime(ms: number): string {
  let out = ''
  let rest = ms
  for (let i = 0; i < TIME_LEN; i++) {
    out = ALPHABET[rest % BASE] + out
    rest = Math.floor(rest / BASE)
  }
  return out
}

function randomDigits(count: number): number[] {
  const digits: number[] = []
  while (digits.length < count) {
    for (const byte of randomBytes(count * 2)) {
      if (byte < UNBIASED_LIMIT) digits.push(byte % BASE)
      if (digits.length === count) break
    }
  }
  return digits
}

/** Adds one to a base-62 number held as digits; false when it overflows (then the caller draws afresh). */
function increment(digits: number[]): boolean {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] < BASE - 1) {
      digits[i]++
      return true
    }
    digits[i] = 0
  }
  return false
}

export function newId(now: number = Date.now()): string {
  if (now > lastTime) {
    lastTime = now
    lastRandom = randomDigits(RANDOM_LEN)
  } else if (!increment(lastRandom)) {
    // same millisecond (or the clock stepped back) and the counter overflowed: borrow the next millisecond
    lastTime++
    lastRandom = randomDigits(RANDOM_LEN)
  }
  return encodeTime(lastTime) + lastRandom.map((d) => ALPHABET[d]).join('')
}
