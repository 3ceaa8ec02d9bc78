import { SubmitApplicationInput } from '@shared/api/application.api'
import type { Mode } from '@shared/schemas/application'
import type { TargetGroup } from '@shared/schemas/household'

/** What the application page holds while the person fills it in; `null` = not chosen yet. */
export type ApplyForm = {
  householdId: string | null
  /** A house id, 'none' for 无房户, or null before choosing. */
  house: string | 'none' | null
  targetGroup: TargetGroup | null
  mode: Mode | null
  reason: string
  photoIds: string[]
  /** A village official filing for a household: why the household cannot file itself (required then). */
  proxyReason?: string
  /** City scheme: a house renovated before, made dangerous again by a small natural disaster (optional). */
  reinclusionReason?: string
}

export type ApplyField =
  | 'householdId'
  | 'houseId'
  | 'targetGroup'
  | 'mode'
  | 'reason'
  | 'photoIds'
  | 'proxyReason'
  | 'reinclusionReason'
export type ApplyErrors = Partial<Record<ApplyField, string>>

/** Plain words for "you have not chosen": zod's own messages for a missing choice are for programmers. */
const CHOOSE: Partial<Record<ApplyField, string>> = {
  householdId: '请选择为哪一户申请',
  houseId: '请选择房屋（没有房屋的请选“无房”）',
  targetGroup: '请选择保障对象类别',
  mode: '请选择改造方式',
  proxyReason: '请写明代为申请的原因（如本人失能失智无法申请）',
}

/**
 * Checks the form with the same schema the cloud function uses, so the person sees every problem next
 * to its field before anything is sent.
 */
export function validateApplyForm(
  form: ApplyForm,
  opts: { onBehalf: boolean },
): { ok: true; input: SubmitApplicationInput } | { ok: false; errors: ApplyErrors } {
  const input = {
    ...(opts.onBehalf ? { householdId: form.householdId ?? undefined } : {}),
    houseId: form.house === 'none' ? null : (form.house ?? undefined),
    targetGroup: form.targetGroup ?? undefined,
    mode: form.mode ?? undefined,
    reason: form.reason,
    photoIds: form.photoIds,
    ...(opts.onBehalf ? { proxyReason: form.proxyReason?.trim() ? form.proxyReason : undefined } : {}),
    ...(form.reinclusionReason?.trim() ? { reinclusionReason: form.reinclusionReason } : {}),
  }
  const errors: ApplyErrors = {}
  if (opts.onBehalf && !form.householdId) errors.householdId = CHOOSE.householdId
  if (opts.onBehalf && !form.proxyReason?.trim()) errors.proxyReason = CHOOSE.proxyReason
  const parsed = SubmitApplicationInput.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as ApplyField
      if (!field || errors[field]) continue
      const missing = (input as Record<string, unknown>)[field] === undefined
      errors[field] = (missing && CHOOSE[field]) || issue.message
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, input: input as SubmitApplicationInput }
}
