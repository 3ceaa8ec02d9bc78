import { createHash } from 'node:crypto'

/**
 * One text for one value, whatever order its keys were written in: keys sorted, no insignificant space,
 * `undefined` members dropped (as JSON drops them). Both stores give back the same text for a stored entry,
 * so a hash taken when the entry was written can be taken again by anyone who reads it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value)
    return text === undefined ? 'null' : text
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const members = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
  return `{${members.join(',')}}`
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
