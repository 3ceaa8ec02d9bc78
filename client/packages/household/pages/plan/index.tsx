import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import type { PlanOptions } from '@shared/api/views'
import { formatFen, yuanToFen } from '@shared/domain/money'
import { buildsHouse, PAYEE_LABEL, payeesFor } from '@shared/domain/plan'
import {
  type Application,
  MODE_HINT,
  MODE_LABEL,
  type Mode,
  type PayTo,
  RESETTLEMENT_LABEL,
  type ResettlementKind,
} from '@shared/schemas/application'
import { link, paramsOf } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { DatePicker } from '../../../../components/date-picker'
import { ChoiceGroup } from '../../../../components/choice-group'
import { ConfirmDialog } from '../../../../components/confirm-dialog'
import { Field } from '../../../../components/field'
import { LimitedText } from '../../../../components/limited-text'
import { Loading, Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { useToday } from '../../../../hooks/useToday'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { chineseDate } from '../../../../utils/format'
import './index.scss'

type Form = {
  mode: Mode | null
  resettlement: ResettlementKind | null
  area: string
  subsidyYuan: string
  startOn: string | null
  finishBy: string | null
  payTo: PayTo | null
  note: string
  reason: string
}

const EMPTY: Form = {
  mode: null,
  resettlement: null,
  area: '',
  subsidyYuan: '',
  startOn: null,
  finishBy: null,
  payTo: null,
  note: '',
  reason: '',
}

const KINDS = (Object.keys(RESETTLEMENT_LABEL) as ResettlementKind[]).map((k) => ({ value: k, label: RESETTLEMENT_LABEL[k] }))

/** The form as the contract's input, or the fields the person must fix first (checked again by the server). */
function inputOf(caseId: string, form: Form, county: boolean) {
  const errors: Record<string, string> = {}
  if (!form.mode) errors.mode = '请选择改造方式'
  if (!form.payTo && form.mode !== 'resettle') errors.payTo = '请选择补助拨付给谁'
  if (county && form.reason.trim().length < 4) errors.reason = '请写明变更理由（至少4个字）'
  const builds = form.mode ? buildsHouse(form.mode) : false
  let areaM2: number | null = null
  if (builds) {
    areaM2 = Number(form.area)
    if (!form.area.trim() || !Number.isFinite(areaM2) || areaM2 <= 0) errors.areaM2 = '请填写主房面积（平方米）'
  }
  // Left blank, the server agrees the profile's standard for the mode and area.
  let subsidyFen: number | undefined
  if (form.mode === 'resettle') subsidyFen = 0
  else if (form.subsidyYuan.trim()) {
    try {
      subsidyFen = yuanToFen(form.subsidyYuan)
    } catch {
      errors.subsidyFen = '请填写正确的金额，最多两位小数'
    }
  }
  const giveUp = form.mode === 'resettle'
  const input = {
    caseId,
    mode: form.mode ?? 'repair',
    resettlement: giveUp ? form.resettlement : null,
    areaM2,
    subsidyFen,
    startOn: giveUp ? null : form.startOn,
    finishBy: giveUp ? null : form.finishBy,
    payTo: giveUp ? ('household' as const) : (form.payTo ?? 'household'),
    note: form.note.trim(),
    ...(county ? { reason: form.reason.trim() } : {}),
  }
  return { input, errors }
}

/**
 * 确定改造方案: after county approval the household (or the township for it) chooses how the house is made safe, or
 * gives up renovation and is resettled; after the agreement the county changes the plan by a recorded decision.
 */
export default function PlanPage() {
  const { caseId } = paramsOf('plan', useRouter().params)
  const detail = useRemote(() => call(applicationApi.detail, { caseId }), [caseId])
  const today = useToday()
  const [form, setForm] = useState<Form>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState<Application | null>(null)
  const intent = useIntent()

  const options: PlanOptions | null = detail.data?.planOptions ?? null
  const county = detail.data?.allowedEvents.includes('change_plan') ?? false
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setForm((f) => ({ ...f, [k]: v }))
    setErrors((e) => ({ ...e, [k === 'area' ? 'areaM2' : k === 'subsidyYuan' ? 'subsidyFen' : k]: '' }))
  }

  const ask = () => {
    setError(null)
    const { errors: found } = inputOf(caseId, form, county)
    const shown = Object.fromEntries(Object.entries(found).filter(([, v]) => v))
    if (form.mode === 'resettle' && !form.resettlement) shown.resettlement = '请选择安置方式'
    setErrors(shown)
    if (Object.keys(shown).length > 0) return
    setConfirming(true)
  }

  const send = async () => {
    setConfirming(false)
    const { input } = inputOf(caseId, form, county)
    setBusy(true)
    try {
      // A retry after a lost reply carries the same request id, so the server answers with the first choice.
      const options = { requestId: intent.idFor(input) }
      const after = county
        ? await call(applicationApi.changePlan, { ...input, reason: input.reason ?? '' }, options)
        : await call(applicationApi.choosePlan, input, options)
      intent.done()
      setDone(after)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      setError(messageOf(e))
      setErrors(fieldErrorsOf(e))
    } finally {
      setBusy(false)
    }
  }

  const giveUp = form.mode === 'resettle'
  const builds = form.mode ? buildsHouse(form.mode) : false
  const ceiling = form.mode && options ? (options.ceilingFen[form.mode] ?? 0) : null

  return (
    <Screen title={county ? '变更改造方案' : '确定改造方案'}>
      {detail.loading && !detail.data ? <Loading /> : null}
      {detail.error ? (
        <Notice tone='bad' id='plan-error-load' onRetry={detail.reload}>
          {detail.error}
        </Notice>
      ) : null}
      {done ? (
        <Card title='已办理'>
          <Notice tone='ok' id='plan-done'>
            {done.state === 'resettled'
              ? '已登记放弃改造和安置方式，本次申请办结。'
              : '改造方案已确定。下一步：乡镇、村委会和您三方确认改造协议。'}
          </Notice>
          <View className='plan__gap' />
          <BigButton id='plan-back' onClick={() => Taro.redirectTo({ url: link('case', { caseId }) })}>
            返回申请详情
          </BigButton>
        </Card>
      ) : null}
      {detail.data && !done && !options ? <Notice id='plan-none'>这份申请现在不需要确定改造方案。</Notice> : null}
      {detail.data && options && !done ? (
        <View className='stack'>
          <Card title={detail.data.case.applicantName}>
            <Text className='muted'>
              {detail.data.household.villageName} · {detail.data.household.size}人户 · 主房面积标准 {options.standardAreaM2}{' '}
              平方米
            </Text>
            {options.worksCompleteBy ? (
              <Text className='plan__deadline' id='plan-works-deadline'>
                按方案须于{chineseDate(options.worksCompleteBy)}前竣工
              </Text>
            ) : null}
          </Card>
          <Card title='改造方式'>
            <Field name='plan-mode' label='怎样让住房安全' required error={errors.mode}>
              <ChoiceGroup
                idPrefix='plan-mode'
                label='改造方式'
                options={options.modes.map((m) => ({ value: m, label: MODE_LABEL[m], note: MODE_HINT[m] }))}
                value={form.mode}
                onChange={(m) => {
                  set('mode', m)
                  if (form.payTo && !payeesFor(m).includes(form.payTo)) set('payTo', null)
                }}
              />
            </Field>
            {giveUp ? (
              <Field name='plan-resettlement' label='安置方式' required error={errors.resettlement}>
                {options.resettleBy ? (
                  <Text className='field__hint' id='plan-resettle-deadline'>
                    放弃改造的须于{chineseDate(options.resettleBy)}前安置到位
                  </Text>
                ) : null}
                <ChoiceGroup
                  idPrefix='plan-resettlement'
                  label='安置方式'
                  options={KINDS}
                  value={form.resettlement}
                  onChange={(k) => set('resettlement', k)}
                />
              </Field>
            ) : null}
          </Card>
          {form.mode && !giveUp ? (
            <Card title='面积、补助和时间'>
              {builds ? (
                <Field
                  name='plan-area'
                  label='主房面积（平方米）'
                  required
                  hint={`标准 ${options.standardAreaM2} 平方米，新建不超过标准`}
                  error={errors.areaM2}
                >
                  <TextInput id='plan-area' type='digit' value={form.area} onChange={(v) => set('area', v)} />
                </Field>
              ) : null}
              <Field
                name='plan-subsidy'
                label='补助金额（元）'
                hint={ceiling !== null ? `不填即按政策标准，最多 ${formatFen(ceiling)}` : undefined}
                error={errors.subsidyFen}
              >
                <TextInput id='plan-subsidy' type='digit' value={form.subsidyYuan} onChange={(v) => set('subsidyYuan', v)} />
              </Field>
              {(['startOn', 'finishBy'] as const).map((k) => (
                <Field
                  key={k}
                  name={`plan-${k}`}
                  label={k === 'startOn' ? '开工日期' : '竣工日期'}
                  required={builds}
                  error={errors[k]}
                >
                  <DatePicker
                    id={`plan-${k}`}
                    value={form[k] ?? undefined}
                    initial={today}
                    start={today}
                    onChange={(d) => set(k, d)}
                  />
                </Field>
              ))}
              <Field name='plan-payto' label='补助拨付给' required error={errors.payTo}>
                <ChoiceGroup
                  idPrefix='plan-payto'
                  label='补助拨付给'
                  options={payeesFor(form.mode).map((p) => ({ value: p, label: PAYEE_LABEL[p] }))}
                  value={form.payTo}
                  onChange={(p) => set('payTo', p)}
                />
              </Field>
            </Card>
          ) : null}
          <Card title={county ? '变更理由和备注' : '备注'}>
            {county ? (
              <Field name='plan-reason' label='变更理由' required error={errors.reason}>
                <LimitedText id='plan-reason' value={form.reason} onChange={(v) => set('reason', v)} max={500} />
              </Field>
            ) : null}
            <Field name='plan-note' label={giveUp ? '安置说明' : '备注'} error={errors.note}>
              <LimitedText id='plan-note' value={form.note} onChange={(v) => set('note', v)} max={500} />
            </Field>
          </Card>
          {error ? (
            <Notice tone='bad' id='plan-error'>
              {error}
            </Notice>
          ) : null}
          <BigButton id='plan-submit' kind={giveUp ? 'danger' : 'primary'} loading={busy} onClick={ask}>
            {giveUp ? '放弃改造，登记安置' : county ? '确认变更方案' : '确定方案'}
          </BigButton>
        </View>
      ) : null}
      <ConfirmDialog
        id='plan-confirm'
        visible={confirming}
        title={giveUp ? '放弃改造' : '确定方案'}
        danger={giveUp}
        text={
          giveUp
            ? '放弃改造后，这次申请就办结了，不能再改回来。确认放弃改造、按所选方式安置？'
            : county
              ? '变更后，乡镇、村委会和农户要重新确认改造协议。确认变更？'
              : '确定后，乡镇、村委会和您三方确认协议。协议签订后方案一般不再调整。确认？'
        }
        onOk={send}
        onCancel={() => setConfirming(false)}
      />
    </Screen>
  )
}
