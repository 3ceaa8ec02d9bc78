import { useState } from 'react'
import { fundsApi } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import type { Mode } from '@shared/schemas/application'
import { useIntent } from '../../hooks/useIntent'
import { fieldErrorsOf, messageOf } from '../../services/api-error'
import { call } from '../../services/call'
import { amountTyping } from '../../utils/field-check'
import { settlementNeedsArea } from '@shared/domain/funds/milestones'
import { type SettleErrors, type SettleForm as Form, validateSettleForm } from '../../utils/settle-form'
import { BigButton } from '../big-button'
import { Card } from '../card'
import { Field } from '../field'
import { InfoRow } from '../info-row'
import { Notice } from '../notice'
import { TextInput } from '../text-input'

type Result = { approvedFen: number; recoveryFen: number; finalFen: number; returnedFen: number }
type Props = { caseId: string; mode: Mode; onSettled: () => void }

/** 结算: the price review and audit of an accepted house, which fixes the subsidy and the last payment. */
export function SettleForm({ caseId, mode, onSettled }: Props) {
  const needsArea = settlementNeedsArea(mode)
  const [form, setForm] = useState<Form>({ costYuan: '', areaM2: '', reviewRef: '' })
  const [errors, setErrors] = useState<SettleErrors>({})
  const [typing, setTyping] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<Result | null>(null)
  const intent = useIntent()

  const set = (k: keyof Form, v: string) => {
    setForm((f) => ({ ...f, [k]: v }))
    setErrors((e) => ({ ...e, [k === 'costYuan' ? 'costFen' : k === 'areaM2' ? 'builtAreaM2' : k]: undefined }))
  }

  const settle = async () => {
    setError(null)
    const checked = validateSettleForm(caseId, form, needsArea)
    if (!checked.ok) return setErrors(checked.errors)
    setBusy(true)
    try {
      setDone(await call(fundsApi.settle, checked.input, { requestId: intent.idFor(checked.input) }))
      intent.done()
      onSettled()
    } catch (e) {
      setError(messageOf(e))
      setErrors(fieldErrorsOf(e) as SettleErrors)
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <Card title='已结算' id='settle-done'>
        <InfoRow label='核定补助' id='settle-approved'>
          {formatFen(done.approvedFen)}
        </InfoRow>
        <InfoRow label='尾款' id='settle-final'>
          {formatFen(done.finalFen)}
        </InfoRow>
        {done.recoveryFen > 0 ? (
          <InfoRow label='待追回' id='settle-recovery'>
            {formatFen(done.recoveryFen)}
          </InfoRow>
        ) : null}
        {done.returnedFen > 0 ? (
          <InfoRow label='收回资金' id='settle-returned'>
            {formatFen(done.returnedFen)}
          </InfoRow>
        ) : null}
        <Notice>剩余资金可在“资金下达与支付”中下达。</Notice>
      </Card>
    )
  }
  return (
    <Card title='结算' id='settle'>
      <Field name='settle-cost' label='结算金额（元）' required hint='评审核定的实际造价' error={typing ?? errors.costFen}>
        <TextInput
          id='settle-cost'
          type={process.env.TARO_ENV === 'weapp' ? 'digit' : 'text'}
          value={form.costYuan}
          onChange={(raw) => {
            const typed = amountTyping(raw)
            setTyping(typed.problem)
            set('costYuan', typed.value)
          }}
          invalid={!!(typing ?? errors.costFen)}
          placeholder='0.00'
        />
      </Field>
      {needsArea ? (
        <Field name='settle-area' label='竣工面积（平方米）' required error={errors.builtAreaM2}>
          <TextInput
            id='settle-area'
            type={process.env.TARO_ENV === 'weapp' ? 'digit' : 'text'}
            value={form.areaM2}
            onChange={(v) => set('areaM2', v)}
            invalid={!!errors.builtAreaM2}
            placeholder='例如 60'
          />
        </Field>
      ) : null}
      <Field name='settle-ref' label='评审报告编号' required error={errors.reviewRef}>
        <TextInput
          id='settle-ref'
          value={form.reviewRef}
          onChange={(v) => set('reviewRef', v)}
          invalid={!!errors.reviewRef}
          placeholder='评审报告上的编号'
        />
      </Field>
      {error ? (
        <Notice tone='bad' id='settle-error'>
          {error}
        </Notice>
      ) : null}
      <BigButton id='settle-go' loading={busy} disabled={!!typing} onClick={() => void settle()}>
        确认结算
      </BigButton>
    </Card>
  )
}
