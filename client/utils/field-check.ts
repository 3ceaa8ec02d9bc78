import type * as z from 'zod'

/**
 * The contract's own message for one field's value, to show as a hint before anything is sent; undefined when
 * the value would pass. The schema is the contract's, so the page never keeps a second copy of a rule.
 */
export function fieldProblem(schema: z.ZodType, value: unknown): string | undefined {
  const parsed = schema.safeParse(value)
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? '填写有误')
}

/**
 * "已写 n/500 字" while under the limit, and how much to cut once over it: text is never cut without a word.
 * Counts UTF-16 units, the measure the contract's `max` uses.
 */
export function lengthNote(text: string, max: number): { text: string; over: boolean } {
  const n = text.length
  return n > max
    ? { text: `已超出 ${n - max} 字，请删减到 ${max} 字以内`, over: true }
    : { text: `已写 ${n}/${max} 字`, over: false }
}

/** What the amount box may hold: digits with at most one point and two decimals. */
const AMOUNT_TYPING = /^\d*(\.\d{0,2})?$/

/**
 * The amount as typed, kept as typed, with a visible refusal for what cannot be an amount; letters are never
 * dropped silently.
 */
export function amountTyping(raw: string): { value: string; problem?: string } {
  if (AMOUNT_TYPING.test(raw)) return { value: raw }
  if (/[^\d.]/.test(raw)) return { value: raw, problem: '只能填数字' }
  return { value: raw, problem: '最多一个小数点、两位小数' }
}
