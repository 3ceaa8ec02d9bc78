import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { fundsApi } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { link } from '@shared/routes'
import { PAYMENT_STAGE_LABEL, type PaymentStage } from '@shared/schemas/payment'
import { BigButton } from '../../../../../components/big-button'
import { Card } from '../../../../../components/card'
import { ChoiceGroup } from '../../../../../components/choice-group'
import { DatePicker } from '../../../../../components/date-picker'
import { Field } from '../../../../../components/field'
import { Loading, Notice } from '../../../../../components/notice'
import { useIntent } from '../../../../../hooks/useIntent'
import { useRemote } from '../../../../../hooks/useRemote'
import { useToday } from '../../../../../hooks/useToday'
import { messageOf } from '../../../../../services/api-error'
import { call } from '../../../../../services/call'
import { dueChoices, dueTotal } from '../../../../../utils/funds'
import { DueGroups } from './due-groups'

/** ChoiceGroup values are strings; 'all' stands for "every township" / "every stage" (null in the filter). */
const ALL = 'all'

/** 待支付: what has fallen due, and the form that gathers it into a bank batch. */
export function DueSection() {
  const today = useToday()
  const [dueBy, setDueBy] = useState(today)
  const datePicked = useRef(false)
  useEffect(() => {
    if (!datePicked.current) setDueBy(today)
  }, [today])
  const due = useRemote(() => call(fundsApi.due, { dueBy }), [dueBy])
  const [township, setTownship] = useState<string>(ALL)
  const [stage, setStage] = useState<PaymentStage | typeof ALL>(ALL)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // One key per filter, kept while the person taps again after a failure: the server resumes that build, never a second.
  const intent = useIntent()

  const groups = due.data?.items ?? []
  const choices = dueChoices(groups)
  const filter = { township: township === ALL ? null : township, stage: stage === ALL ? null : stage, dueBy }
  const chosen = dueTotal(groups, filter.township, filter.stage)

  const build = async () => {
    setBusy(true)
    setError(null)
    try {
      const key = intent.idFor(filter)
      const batch = await call(fundsApi.batchCreate, { ...filter, key }, { requestId: key })
      intent.done()
      void Taro.navigateTo({ url: link('batch', { batchId: batch._id }) })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='stack' id='funds-due'>
      {due.loading && !due.data ? <Loading /> : null}
      {due.error ? (
        <Notice tone='bad' id='funds-due-error' onRetry={due.reload}>
          {due.error}
        </Notice>
      ) : null}
      {due.data && groups.length === 0 ? <Notice id='funds-due-empty'>{`截至 ${dueBy} 没有待支付的款项。`}</Notice> : null}
      {groups.length > 0 ? <DueGroups groups={groups} /> : null}
      <Card title='生成银行批次' id='funds-build'>
        <Field name='funds-build-due-by' label='到期日' hint='支付这一天及以前到期的款项'>
          <DatePicker
            id='funds-build-due-by'
            value={dueBy}
            initial={today}
            onChange={(d) => {
              datePicked.current = true
              setDueBy(d)
            }}
          />
        </Field>
        {groups.length > 0 ? (
          <>
            <Field name='funds-build-township' label='乡镇'>
              <ChoiceGroup
                idPrefix='funds-build-township'
                columns={2}
                options={[{ value: ALL, label: '全部' }, ...choices.townships]}
                value={township}
                onChange={setTownship}
              />
            </Field>
            <Field name='funds-build-stage' label='款项'>
              <ChoiceGroup
                idPrefix='funds-build-stage'
                options={[
                  { value: ALL, label: '全部' },
                  ...choices.stages.map((s) => ({ value: s, label: PAYMENT_STAGE_LABEL[s] })),
                ]}
                value={stage}
                onChange={setStage}
              />
            </Field>
            <Notice id='funds-build-preview'>{`将放入批次 ${chosen.count} 笔，共 ${formatFen(chosen.totalFen)}`}</Notice>
          </>
        ) : null}
        {error ? (
          <Notice tone='bad' id='funds-build-error'>
            {error}
          </Notice>
        ) : null}
        <View className='funds__gap' />
        <BigButton id='funds-build-go' loading={busy} disabled={chosen.count === 0} onClick={() => void build()}>
          生成批次
        </BigButton>
      </Card>
    </View>
  )
}
