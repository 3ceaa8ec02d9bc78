import { imageAlt } from '../../../../components/a11y'
import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { type ObjectionItem, ResolveObjectionInput, objectionsApi } from '@shared/api/objections.api'
import { link, paramsOf } from '@shared/routes'
import type { UpheldOutcome } from '@shared/schemas/objection'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { LimitedText } from '../../../../components/limited-text'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { objectionPhotos } from './parts/objection-photos'
import { fieldProblem } from '../../../../utils/field-check'
import { ObjectionCard } from '../objections/parts/objection-card'
import './index.scss'

const TEXT = ResolveObjectionInput.shape.resolution
const TEXT_MAX = TEXT.maxLength ?? 500

type Verdict = 'dismissed' | UpheldOutcome

const VERDICTS = [
  { value: 'dismissed' as const, label: '异议不成立', note: '申请继续办理' },
  { value: 'return' as const, label: '异议成立，退回申请人', note: '农户补正后重新从村评议办理' },
  { value: 'reject' as const, label: '异议成立，不予支持', note: '申请终止，告知农户' },
]

/** One objection: the evidence, and the township's written resolution, which the objector will read. */
export default function ObjectionPage() {
  const { objectionId, caseId } = paramsOf('objection', useRouter().params)
  // The case's objections are one indexed read; the page picks its own out of them.
  const found = useRemote(async () => {
    const page = await call(objectionsApi.objections, { caseId, limit: 100 })
    return page.items.find((o) => o._id === objectionId) ?? null
  }, [objectionId, caseId])
  const me = useRemote(() => getMe())
  const item = found.data
  const photos = useRemote(
    () => (item && item.photoIds.length > 0 ? objectionPhotos(item._id, item.photoIds) : Promise.resolve([])),
    [item?._id],
  )
  const [verdict, setVerdict] = useState<Verdict | null>(null)
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<ObjectionItem | null>(null)
  const intent = useIntent()

  const resolve = async () => {
    setError(null)
    const problem = fieldProblem(TEXT, text)
    if (!verdict || problem) {
      setErrors({ verdict: verdict ? undefined : '请选择处理结果', resolution: problem ?? undefined })
      return
    }
    const input =
      verdict === 'dismissed'
        ? { objectionId, decision: 'dismissed' as const, resolution: text.trim() }
        : { objectionId, decision: 'upheld' as const, outcome: verdict, resolution: text.trim() }
    setBusy(true)
    try {
      setDone(await call(objectionsApi.resolveObjection, input, { requestId: intent.idFor(input) }))
      intent.done()
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      setError(messageOf(e))
      setErrors(fieldErrorsOf(e))
    } finally {
      setBusy(false)
    }
  }

  const shown = done ?? item
  const canResolve = me.data?.role === 'township' && shown?.state === 'open'
  const urls = (photos.data ?? []).map((p) => p.url)

  return (
    <Screen title='处理异议' load={found}>
      {found.data === null && !found.loading && !found.error ? (
        <Notice tone='warn' id='objection-missing'>
          找不到这条异议，可能已经处理。
        </Notice>
      ) : null}
      {shown ? (
        <View className='stack'>
          {done ? (
            <Notice tone='ok' id='objection-resolved'>
              已处理：{done.stateLabel}。处理意见已告知提出人。
            </Notice>
          ) : null}
          <ObjectionCard id='objection' item={shown} />
          {urls.length > 0 ? (
            <Card title='异议照片'>
              <View className='objection-photos'>
                {urls.map((url, i) => (
                  <Image
                    key={url}
                    id={`objection-photo-${i}`}
                    className='objection-photos__img'
                    src={url}
                    mode='aspectFill'
                    {...imageAlt(`异议照片第 ${i + 1} 张`)}
                    onClick={() => void Taro.previewImage({ current: url, urls })}
                  />
                ))}
              </View>
            </Card>
          ) : null}
          <BigButton
            id='objection-case'
            kind='default'
            onClick={() => Taro.navigateTo({ url: link('review', { caseId: shown.caseId }) })}
          >
            查看申请
          </BigButton>
          {canResolve ? (
            <Card title='处理结果'>
              <Field name='objection-verdict' label='结果' required error={errors.verdict}>
                <ChoiceGroup idPrefix='objection-verdict' options={VERDICTS} value={verdict} onChange={setVerdict} />
              </Field>
              <Field
                name='objection-text'
                label='处理意见'
                required
                hint='写明核实情况和理由，提出人会看到（至少4个字）'
                error={errors.resolution}
              >
                <LimitedText
                  id='objection-text'
                  value={text}
                  onChange={(v) => {
                    setText(v)
                    setErrors((e) => ({ ...e, resolution: undefined }))
                  }}
                  max={TEXT_MAX}
                  invalid={!!errors.resolution}
                  placeholder='例如：经入户核实，该户无其他住房，异议不成立'
                />
              </Field>
              {error ? (
                <Notice tone='bad' id='objection-error'>
                  {error}
                </Notice>
              ) : null}
              <View className='objection-page__gap' />
              <BigButton
                id='objection-resolve'
                kind={verdict === 'reject' ? 'danger' : 'primary'}
                loading={busy}
                onClick={resolve}
              >
                提交处理结果
              </BigButton>
            </Card>
          ) : null}
          {!canResolve && !done && shown.state === 'open' ? <Text className='muted'>由乡镇工作人员核实处理。</Text> : null}
        </View>
      ) : null}
    </Screen>
  )
}
