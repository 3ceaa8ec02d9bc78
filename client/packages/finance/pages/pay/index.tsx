import { Picker, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import { paymentApi } from '@shared/api/payment.api'
import { paramsOf } from '@shared/routes'
import type { PaymentView } from '@shared/api/views'
import { formatFen } from '@shared/domain/money'
import { remainingFen } from '@shared/domain/subsidy'
import { FUNDING_SOURCE_LABEL, FundingSource, PAYMENT_STAGE_LABEL, PaymentStage } from '@shared/schemas/payment'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { InfoRow } from '../../../../components/info-row'
import { Loading, Notice } from '../../../../components/notice'
import { StateBadge } from '../../../../components/state-badge'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { useToday } from '../../../../hooks/useToday'
import { chineseDate } from '../../../../utils/format'
import { validatePayForm, type PayErrors, type PayForm } from '../../../../utils/pay-form'
import './index.scss'
import { Screen } from '../../../../components/screen'

const STAGES = PaymentStage.options.map((v) => ({ value: v, label: PAYMENT_STAGE_LABEL[v] }))
const SOURCES = FundingSource.options.map((v) => ({ value: v, label: FUNDING_SOURCE_LABEL[v] }))

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
  const [done, setDone] = useState<PaymentView | null>(null)

  const c = detail.data?.case
  const remaining = c ? remainingFen(c.subsidyCapFen, c.paidFen) : null

  const set = <K extends keyof PayForm>(k: K, v: PayForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }))
    setErrors((e) => ({ ...e, [k === 'amountYuan' ? 'amountFen' : k]: undefined }))
  }

  const intent = useIntent()
  const submit = async () => {
    setError(null)
    setDone(null)
    const checked = validatePayForm(caseId, form, remaining)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setBusy(true)
    try {
      const paid = await call(paymentApi.record, checked.input, { requestId: intent.idFor(checked.input) })
      intent.done()
      setDone(paid)
      setForm((f) => ({ ...f, amountYuan: '', voucherNo: '' }))
      await detail.reload()
    } catch (e) {
      setError(messageOf(e))
      setErrors(fieldErrorsOf(e) as PayErrors)
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
      {detail.data && c ? (
        <View className='stack'>
          <Card title={c.applicantName} extra={<StateBadge state={c.state} />}>
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

          {done ? (
            <Notice tone='ok' id='pay-done'>
              已登记拨付 {formatFen(done.amountFen)}（{PAYMENT_STAGE_LABEL[done.stage]}），到账账户 {done.payeeAccountMasked}
              ，已通知农户。
            </Notice>
          ) : null}

          <Card title='本次拨付'>
            <Field name='pay-amount' label='金额（元）' required hint='只填数字，例如 5000 或 5000.50' error={errors.amountFen}>
              <TextInput
                id='pay-amount'
                type='digit'
                value={form.amountYuan}
                onChange={(v) => set('amountYuan', v)}
                invalid={!!errors.amountFen}
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
              <Picker
                mode='date'
                value={form.paidOn}
                end={today}
                onChange={(e) => {
                  datePicked.current = true
                  set('paidOn', String(e.detail.value))
                }}
              >
                <View id='pay-date' className='pay__date'>
                  <Text>{chineseDate(form.paidOn)}</Text>
                  <Text className='muted'>修改 ›</Text>
                </View>
              </Picker>
            </Field>
            <Field name='pay-voucher' label='凭证号' required error={errors.voucherNo}>
              <TextInput
                id='pay-voucher'
                value={form.voucherNo}
                onChange={(v) => set('voucherNo', v)}
                invalid={!!errors.voucherNo}
                maxLength={60}
                placeholder='拨付凭证上的编号'
              />
            </Field>
          </Card>

          {error ? (
            <Notice tone='bad' id='pay-error'>
              {error}
            </Notice>
          ) : null}
          <BigButton id='pay-submit' loading={busy} onClick={submit} disabled={remaining === 0}>
            确认拨付
          </BigButton>
        </View>
      ) : null}
    </Screen>
  )
}
