import type { InputOf } from '@shared/api/contract'
import { paymentApi } from '@shared/api/payment.api'
import { yuanToFen } from '@shared/domain/money'
import type { FundingSource, PaymentStage } from '@shared/schemas/payment'

export type PayForm = {
  amountYuan: string
  stage: PaymentStage | null
  fundingSource: FundingSource | null
  paidOn: string
  voucherNo: string
}

type PayField = 'amountFen' | 'stage' | 'fundingSource' | 'paidOn' | 'voucherNo'
export type PayErrors = Partial<Record<PayField, string>>
export type PayInput = InputOf<typeof paymentApi.record>

/** Plain words for "you have not chosen or filled this in". */
const MISSING: Record<PayField, string> = {
  amountFen: '请填写金额',
  stage: '请选择款项',
  fundingSource: '请选择资金来源',
  paidOn: '请选择拨付日期',
  voucherNo: '请填写凭证号',
}

/**
 * Turns the typed yuan into fen exactly, then checks the form with the same schema the cloud function
 * uses, and shows what is left under the approved ceiling before anything is sent.
 */
export function validatePayForm(
  caseId: string,
  form: PayForm,
  remainingFen: number | null,
): { ok: true; input: PayInput } | { ok: false; errors: PayErrors } {
  const errors: PayErrors = {}
  let amountFen: number | undefined
  if (!form.amountYuan.trim()) errors.amountFen = MISSING.amountFen
  else {
    try {
      amountFen = yuanToFen(form.amountYuan)
    } catch {
      errors.amountFen = '请填写正确的金额，最多两位小数，例如 5000 或 5000.50'
    }
  }
  const input = {
    caseId,
    amountFen,
    stage: form.stage ?? undefined,
    fundingSource: form.fundingSource ?? undefined,
    paidOn: form.paidOn,
    voucherNo: form.voucherNo,
  }
  const parsed = paymentApi.record.input.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as PayField
      if (!(field in MISSING) || errors[field]) continue
      errors[field] = (input as Record<string, unknown>)[field] === undefined ? MISSING[field] : issue.message
    }
  }
  if (!errors.amountFen && amountFen !== undefined && remainingFen !== null && amountFen > remainingFen) {
    errors.amountFen = '超过尚未拨付的补助金额'
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors }
  return { ok: true, input: parsed.data }
}
