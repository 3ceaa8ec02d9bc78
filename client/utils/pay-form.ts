import { yuanToFen } from '@shared/domain/money'
import type { FundingSource, PaymentStage } from '@shared/schemas/payment'

export type PayForm = {
  amountYuan: string
  stage: PaymentStage | null
  fundingSource: FundingSource | null
  paidOn: string
  voucherNo: string
}

export type PayErrors = Partial<Record<'amountFen' | 'stage' | 'fundingSource' | 'paidOn' | 'voucherNo', string>>

export type PayInput = {
  caseId: string
  amountFen: number
  stage: PaymentStage
  fundingSource: FundingSource
  paidOn: string
  voucherNo: string
}

/** Turns the typed yuan into fen exactly and checks it against what is left under the cap. */
export function validatePayForm(
  caseId: string,
  form: PayForm,
  remainingFen: number | null,
): { ok: true; input: PayInput } | { ok: false; errors: PayErrors } {
  const errors: PayErrors = {}
  let amountFen = 0
  try {
    amountFen = yuanToFen(form.amountYuan)
    if (amountFen <= 0) errors.amountFen = '金额必须大于0'
    else if (remainingFen !== null && amountFen > remainingFen) errors.amountFen = '超过尚未拨付的补助金额'
  } catch {
    errors.amountFen = form.amountYuan.trim() ? '请填写正确的金额，最多两位小数，例如 5000 或 5000.50' : '请填写金额'
  }
  if (!form.stage) errors.stage = '请选择款项'
  if (!form.fundingSource) errors.fundingSource = '请选择资金来源'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.paidOn)) errors.paidOn = '请选择拨付日期'
  const voucherNo = form.voucherNo.trim()
  if (!voucherNo) errors.voucherNo = '请填写凭证号'
  else if (voucherNo.length > 60) errors.voucherNo = '凭证号不超过60个字'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    input: { caseId, amountFen, stage: form.stage!, fundingSource: form.fundingSource!, paidOn: form.paidOn, voucherNo },
  }
}
