import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import { paymentApi } from '@shared/api/payment.api'
import { link, paramsOf } from '@shared/routes'
import type { PaymentView } from '@shared/api/views'
import { formatFen } from '@shared/domain/money'
import { remainingFen } from '@shared/domain/subsidy'
import { FUNDING_SOURCE_LABEL, FundingSource, PAYMENT_STAGE_LABEL, PaymentStage } from '@shared/schemas/payment'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { DatePicker } from '../../../../components/date-picker'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { InfoRow } from '../../../../components/info-row'
import { Loading, Notice } from '../../../../components/notice'
import { Badge } from '../../../../components/state-badge'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { useToday } from '../../../../hooks/useToday'
import { amountTyping, fieldProblem } from '../../../../utils/field-check'
import { validatePayForm, type PayErrors, type PayForm, type PayInput } from '../../../../utils/pay-form'
import { SettleForm } from '../../../../components/settle-form'
import { PayConfirm } from './parts/pay-confirm'
import { PayResult } from './parts/pay-result'
import { sameDayPayments } from '@shared/domain/double-entry'
import './index.scss'
import { Screen } from '../../../../components/screen'

const STAGES = PaymentStage.options.map((v) => ({ value: v, label: PAYMENT_STAGE_LABEL[v] }))
const SOURCES = FundingSource.options.map((v) => ({ value: v, label: FUNDING_SOURCE_LABEL[v] }))

const VOUCHER = paymentApi.record.input.shape.voucherNo

/** Brings a result into view at the top of the screen and moves the screen reader's focus to it (H5). */
function showAtTop(id: string) {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  if (process.env.TARO_ENV !== 'h5') return
  setTimeout(() => {
    const el = document.getElementById(id)
    el?.setAttribute('tabindex', '-1')
    el?.focus()
  }, 0)
}

export default function Pay() {
  const { caseId } = paramsOf('pay', useRouter().params)
  const detail = useRemote(() => call(applicationApi.detail, { caseId }), [caseId])
  const today = useToday()
  const [form, setForm] = useState<PayForm>({ amountYuan: '', stage: null, fundingSource: null, paidOn: today, voucherNo: '' })
  const datePicked = useRef(false)
  useEffect(() => {
    if (!datePicked.current) setForm((f) => ({ ...f, paidOn: today }))
  }, [today])
  const [errors, setErrors] = useState<PayErrors>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ paid: PaymentView; totalFen: number; remainingFen: number | null } | null>(null)
  const [review, setReview] = useState<PayInput | null>(null)
  const [amountProblem, setAmountProblem] = useState<string | undefined>()

  const c = detail.data?.case
  // An accepted house is settled here too, where finance opens it from the payable list; the form stays on after.
  const [settled, setSettled] = useState(false)
  const canSettle = settled || (detail.data?.allowedEvents.includes('settle') ?? false)
  const remaining = c ? remainingFen(c.subsidyCapFen, c.paidFen) : null

  const set = <K extends keyof PayForm>(k: K, v: PayForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }))
    setErrors((e) => ({ ...e, [k === 'amountYuan' ? 'amountFen' : k]: undefined }))
  }

  const typeAmount = (raw: string) => {
    const typed = amountTyping(raw)
    setAmountProblem(typed.problem)
    set('amountYuan', typed.value)
  }

  const check = () => {
    setError(null)
    const checked = validatePayForm(caseId, form, remaining)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setReview(checked.input)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }

  const intent = useIntent()
  const confirm = async () => {
    if (!review || !c) return
    setError(null)
    setBusy(true)
    try {
      // A retry after a lost reply carries the same request id, so the server answers with the first payment.
      const paid = await call(paymentApi.record, review, { requestId: intent.idFor(review) })
      intent.done()
      const totalFen = c.paidFen + paid.amountFen
      setDone({ paid, totalFen, remainingFen: c.subsidyCapFen === null ? null : Math.max(0, c.subsidyCapFen - totalFen) })
      setReview(null)
      setForm((f) => ({ ...f, amountYuan: '', voucherNo: '' }))
      void detail.reload()
      showAtTop('pay-done')
    } catch (e) {
      setError(messageOf(e))
      const fields = fieldErrorsOf(e) as PayErrors
      if (Object.keys(fields).length > 0) {
        setErrors(fields)
        setReview(null)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen title='登记拨付'>
      {detail.loading && !detail.data ? <Loading /> : null}
      {detail.error ? (
        <Notice tone='bad' id='pay-load-error' onRetry={detail.reload}>
          {detail.error}
        </Notice>
      ) : null}
      {detail.data && c && done ? (
        <PayResult
          paid={done.paid}
          totalFen={done.totalFen}
          remainingFen={done.remainingFen}
          onAnother={() => setDone(null)}
          onList={() => Taro.redirectTo({ url: link('payable') })}
        />
      ) : null}
      {detail.data && c && review && !done ? (
        <PayConfirm
          input={review}
          payee={c.applicantName}
          accountMasked={detail.data.household.accountMasked}
          sameDay={sameDayPayments(detail.data.payments, review)}
          busy={busy}
          error={error}
          onConfirm={confirm}
          onBack={() => {
            setError(null)
            setReview(null)
          }}
        />
      ) : null}
      {detail.data && c && !review && !done ? (
        <View className='stack'>
          <Card title={c.applicantName} extra={<Badge tone='info'>{statusLabel(c, today)}</Badge>}>
            <InfoRow label='编号'>{c.caseNo}</InfoRow>
            <InfoRow label='所在村'>{detail.data.household.villageName}</InfoRow>
            <InfoRow label='收款账户' id='pay-account'>
              {detail.data.household.accountMasked ?? '未登记一卡通账户'}
            </InfoRow>
            <InfoRow label='补助上限' id='pay-cap'>
              {c.subsidyCapFen === null ? '未核定' : formatFen(c.subsidyCapFen)}
            </InfoRow>
            <InfoRow label='已拨付' id='pay-paid'>
              {formatFen(c.paidFen)}
            </InfoRow>
            {remaining !== null ? (
              <InfoRow label='尚未拨付' id='pay-remaining'>
                {formatFen(remaining)}
              </InfoRow>
            ) : null}
          </Card>

          {canSettle ? (
            <SettleForm
              caseId={caseId}
              mode={c.plan?.mode ?? c.mode}
              onSettled={() => {
                setSettled(true)
                void detail.reload()
              }}
            />
          ) : null}

          <Card title='本次拨付'>
            <Field
              name='pay-amount'
              label='金额（元）'
              required
              hint='只填数字，例如 5000 或 5000.50'
              error={amountProblem ?? errors.amountFen}
            >
              <TextInput
                id='pay-amount'
                type={process.env.TARO_ENV === 'weapp' ? 'digit' : 'text'}
                value={form.amountYuan}
                onChange={typeAmount}
                invalid={!!(amountProblem ?? errors.amountFen)}
                placeholder='0.00'
              />
            </Field>
            <Field name='pay-stage' label='款项' required error={errors.stage}>
              <ChoiceGroup
                idPrefix='pay-stage'
                columns={2}
                options={STAGES}
                value={form.stage}
                onChange={(v) => set('stage', v)}
              />
            </Field>
            <Field name='pay-source' label='资金来源' required error={errors.fundingSource}>
              <ChoiceGroup
                idPrefix='pay-source'
                columns={2}
                options={SOURCES}
                value={form.fundingSource}
                onChange={(v) => set('fundingSource', v)}
              />
            </Field>
            <Field name='pay-date' label='拨付日期' required error={errors.paidOn}>
              <DatePicker
                id='pay-date'
                value={form.paidOn}
                initial={today}
                end={today}
                onChange={(d) => {
                  datePicked.current = true
                  set('paidOn', d)
                }}
              />
            </Field>
            <Field
              name='pay-voucher'
              label='凭证号'
              required
              error={errors.voucherNo ?? (form.voucherNo ? fieldProblem(VOUCHER, form.voucherNo) : undefined)}
            >
              <TextInput
                id='pay-voucher'
                value={form.voucherNo}
                onChange={(v) => set('voucherNo', v)}
                invalid={!!errors.voucherNo}
                placeholder='拨付凭证上的编号'
              />
            </Field>
          </Card>

          {error ? (
            <Notice tone='bad' id='pay-error'>
              {error}
            </Notice>
          ) : null}
          <BigButton id='pay-submit' onClick={check} disabled={remaining === 0 || !!amountProblem}>
            下一步：核对
          </BigButton>
        </View>
      ) : null}
    </Screen>
  )
}
