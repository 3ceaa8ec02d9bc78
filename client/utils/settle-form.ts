import type { InputOf } from '@shared/api/contract'
import { fundsApi } from '@shared/api/funds.api'
import { yuanToFen } from '@shared/domain/money'

export type SettleForm = { costYuan: string; areaM2: string; reviewRef: string }

type SettleField = 'costFen' | 'builtAreaM2' | 'reviewRef'
export type SettleErrors = Partial<Record<SettleField, string>>
export type SettleInput = InputOf<typeof fundsApi.settle>

const MISSING: Record<SettleField, string> = {
  costFen: '请填写结算金额',
  builtAreaM2: '请填写竣工面积',
  reviewRef: '请填写评审报告编号',
}

const AREA_RE = /^\d+(\.\d{1,2})?$/

/**
 * The settlement as typed: the yuan turned into fen exactly, the area asked only where the subsidy follows it (a
 * house rebuilt or built on a new site), then the cloud function's own schema, so its words show before sending.
 */
export function validateSettleForm(
  caseId: string,
  form: SettleForm,
  needsArea: boolean,
): { ok: true; input: SettleInput } | { ok: false; errors: SettleErrors } {
  const errors: SettleErrors = {}
  let costFen: number | undefined
  if (!form.costYuan.trim()) errors.costFen = MISSING.costFen
  else {
    try {
      costFen = yuanToFen(form.costYuan)
    } catch {
      errors.costFen = '请填写正确的金额，最多两位小数，例如 48000 或 48000.50'
    }
  }
  let builtAreaM2: number | null = null
  if (needsArea) {
    const area = form.areaM2.trim()
    if (!area) errors.builtAreaM2 = MISSING.builtAreaM2
    else if (!AREA_RE.test(area)) errors.builtAreaM2 = '请填写数字，最多两位小数，例如 60 或 60.5'
    else builtAreaM2 = Number(area)
  }
  const input = { caseId, costFen, builtAreaM2, reviewRef: form.reviewRef }
  const parsed = fundsApi.settle.input.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as SettleField
      if (!(field in MISSING) || errors[field]) continue
      errors[field] = (input as Record<string, unknown>)[field] === undefined ? MISSING[field] : issue.message
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors }
  return { ok: true, input: parsed.data }
}
