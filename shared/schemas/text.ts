import * as z from 'zod'
import { hasRealContent, normaliseText, visibleLength } from '../domain/text'
import { isVoucherNo, normaliseVoucherNo } from '../domain/voucher'

/**
 * Free text shown to another person (a reason, a comment), normalised before it is checked or stored.
 * `min` counts the characters a reader sees; `max` counts UTF-16 units, the measure of the stored schemas,
 * so anything accepted here can always be written. Checks run in order on the normalised text, and the
 * first that fails stops the rest, so the person reads one message.
 */
export function FreeText(opts: { min: number; max: number; label: string; multiline?: boolean }) {
  const { min, max, label, multiline = false } = opts
  return (
    z
      .string({ error: `请填写${label}` })
      .overwrite((raw) => normaliseText(raw, { multiline }))
      .check((ctx) => {
        const problem = contentProblem(ctx.value, min, label)
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false })
      })
      .max(max, `${label}不超过${max}字`)
      // States the minimum in the contract and its docs; a text that passed the check above always meets it.
      .min(min)
  )
}

function contentProblem(text: string, min: number, label: string): string | null {
  if (text === '') return min === 0 ? null : `请填写${label}`
  if (!hasRealContent(text)) return `${label}须包含文字，不能只有空格、标点、数字或表情`
  if (visibleLength(text) < min) return `请说明${label}（至少${min}个字）`
  return null
}

/** A payment voucher number, normalised as the county books it (see domain/voucher). */
export const VoucherNo = z
  .string({ error: '请填写凭证号' })
  .overwrite(normaliseVoucherNo)
  .check((ctx) => {
    const problem = ctx.value === '' ? '请填写凭证号' : isVoucherNo(ctx.value) ? null : '凭证号须包含字母或数字'
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false })
  })
  .max(60, '凭证号不超过60个字符')
