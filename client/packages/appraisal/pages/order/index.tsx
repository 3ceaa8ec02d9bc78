import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { type OrderOutcome, appraisalApi } from '@shared/api/appraisal.api'
import { addCalendarDays } from '@shared/domain/dates'
import { link, paramsOf } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { DatePicker } from '../../../../components/date-picker'
import { type Choice, ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { Loading, Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { TextBox } from '../../../../components/text-box'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { useToday } from '../../../../hooks/useToday'
import { VillagePicker } from '../../../../components/village-picker'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { type OrderErrors, type OrderScope, pastedLines, validateOrderForm } from '../../../../utils/appraisal-form'
import { chineseDate } from '../../../../utils/format'
import './index.scss'

/** A month is what the county usually gives a third-party appraiser. */
const DEFAULT_DUE_DAYS = 30

/**
 * 县住建部门委托鉴定. Opened from a case's house record it offers that house, its village's target-group
 * households, or named households of the village; from the home page, the same for a village the county picks
 * (区住建局逐户鉴定, village by village, before the applications), or a pasted list of house numbers.
 */
export default function OrderAppraisal() {
  const params = paramsOf('appraisalOrder', useRouter().params)
  const { houseId } = params
  const [picked, setPicked] = useState<{ path: string; name: string } | null>(null)
  const villagePath = params.villagePath || picked?.path || ''
  const appraisers = useRemote(() => call(appraisalApi.appraisers, {}))
  const today = useToday()
  const scopes: Choice<OrderScope>[] = [
    ...(houseId ? [{ value: 'house' as const, label: '这一处房屋', note: '审核页面中的这户' }] : []),
    ...(villagePath
      ? [
          { value: 'village' as const, label: '本村全部保障对象户', note: '登记为保障对象的每一户的房屋' },
          { value: 'names' as const, label: '本村指定农户', note: '按户主姓名，每行一个' },
        ]
      : []),
    { value: 'ids', label: '按房屋编号', note: '粘贴房屋编号，每行一个' },
  ]
  const [scope, setScope] = useState<OrderScope | null>(houseId ? 'house' : null)
  const [pasted, setPasted] = useState('')
  const [appraiserId, setAppraiserId] = useState<string | null>(null)
  const [due, setDue] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<OrderErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<OrderOutcome | null>(null)
  const intent = useIntent()
  const dueOn = due ?? addCalendarDays(today, DEFAULT_DUE_DAYS)
  const only = appraisers.data?.items.length === 1 ? appraisers.data.items[0]!._id : null
  const chosenAppraiser = appraiserId ?? only

  const send = async () => {
    setFormError(null)
    const checked = validateOrderForm({ scope, houseId, villagePath, pasted, appraiserId: chosenAppraiser, dueOn, note })
    if (!checked.ok) {
      setErrors(checked.errors)
      setFormError('还有几处没有填好，请看红色提示。')
      return
    }
    setBusy(true)
    try {
      setDone(await call(appraisalApi.order, checked.input, { requestId: intent.idFor(checked.input) }))
      intent.done()
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      setFormError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <Screen title='委托鉴定'>
        <View className='stack'>
          <Card title='已委托' id='order-done'>
            <Notice tone='ok' id='order-done-text'>
              {`已委托 ${done.ordered.length} 户，鉴定机构会在${chineseDate(dueOn)}前完成。`}
            </Notice>
            {done.skipped.length > 0 ? (
              <View className='order__list' id='order-skipped'>
                <Text className='order__list-title'>{`未委托 ${done.skipped.length} 户：`}</Text>
                {done.skipped.map((s) => (
                  <Text key={s.houseId} className='order__list-line'>{`${s.headName || s.houseId}：${s.reason}`}</Text>
                ))}
              </View>
            ) : null}
            {done.unmatched.length > 0 ? (
              <View className='order__list' id='order-unmatched'>
                <Text className='order__list-title'>{`本村没有找到：${done.unmatched.join('、')}`}</Text>
              </View>
            ) : null}
            <View className='order__gap' />
            <BigButton id='order-home' kind='default' onClick={() => Taro.reLaunch({ url: link('index') })}>
              返回首页
            </BigButton>
          </Card>
        </View>
      </Screen>
    )
  }

  const lines = pastedLines(pasted)
  return (
    <Screen title='委托鉴定'>
      {appraisers.loading && !appraisers.data ? <Loading /> : null}
      {appraisers.error ? (
        <Notice tone='bad' id='order-load-error' onRetry={appraisers.reload}>
          {appraisers.error}
        </Notice>
      ) : null}
      <View className='stack'>
        <Card title='委托哪些房屋'>
          {params.villagePath ? null : (
            <Field
              name='order-village'
              label='哪个村'
              hint={picked ? `已选：${picked.name}` : '先选乡镇，再选村；按房屋编号委托的不用选'}
            >
              <VillagePicker
                idPrefix='order-village'
                value={picked?.path ?? null}
                onChange={(path, name) => {
                  setPicked({ path, name })
                  setErrors((e) => ({ ...e, scope: undefined }))
                }}
              />
            </Field>
          )}
          <Field name='order-scope' label='范围' required error={errors.scope}>
            <ChoiceGroup
              idPrefix='order-scope'
              options={scopes}
              value={scope}
              onChange={(v) => {
                setScope(v)
                setErrors((e) => ({ ...e, scope: undefined, pasted: undefined }))
              }}
            />
          </Field>
          {scope === 'names' || scope === 'ids' ? (
            <Field
              name='order-pasted'
              label={scope === 'names' ? '户主姓名' : '房屋编号'}
              required
              hint={lines.length > 0 ? `共 ${lines.length} 个` : '每行一个，也可以用逗号或空格隔开'}
              error={errors.pasted}
            >
              <TextBox
                id='order-pasted'
                value={pasted}
                onChange={(v) => {
                  setPasted(v)
                  setErrors((e) => ({ ...e, pasted: undefined }))
                }}
                maxLength={5000}
                placeholder={scope === 'names' ? '张三\n李四' : '粘贴房屋编号'}
              />
            </Field>
          ) : null}
        </Card>
        <Card title='鉴定机构与期限'>
          <Field name='order-appraiser' label='鉴定机构' required error={errors.appraiserId}>
            {appraisers.data && appraisers.data.items.length === 0 ? (
              <Text className='muted' id='order-no-appraiser'>
                本县还没有鉴定机构的账号，请管理员先添加。
              </Text>
            ) : (
              <ChoiceGroup
                idPrefix='order-appraiser'
                options={(appraisers.data?.items ?? []).map((u) => ({ value: u._id, label: u.name }))}
                value={chosenAppraiser}
                onChange={(v) => {
                  setAppraiserId(v)
                  setErrors((e) => ({ ...e, appraiserId: undefined }))
                }}
              />
            )}
          </Field>
          <Field name='order-due' label='完成期限' required error={errors.dueOn}>
            <DatePicker id='order-due' value={dueOn} initial={today} start={today} onChange={setDue} />
          </Field>
          <Field name='order-note' label='委托说明' hint='可不填，最多200字' error={errors.note}>
            <TextBox id='order-note' value={note} onChange={setNote} maxLength={200} placeholder='如：汛期前完成' />
          </Field>
        </Card>
        {formError ? (
          <Notice tone='bad' id='order-error'>
            {formError}
          </Notice>
        ) : null}
        <BigButton id='order-submit' loading={busy} onClick={send}>
          委托鉴定
        </BigButton>
      </View>
    </Screen>
  )
}
