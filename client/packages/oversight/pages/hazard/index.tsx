import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { paramsOf } from '@shared/routes'
import { HAZARD_STATUS_LABEL, type HazardStatus } from '@shared/schemas/hazard'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { InfoRow } from '../../../../components/info-row'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { TextBox } from '../../../../components/text-box'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { hazardPhotos } from '../../../../services/hazard-photos'
import { imageAlt } from '../../../../components/a11y'
import './index.scss'
import { chineseDate } from '../../../../utils/format'

type Move = 'verifying' | 'in_ledger' | 'resolved' | 'not_hazard'
type Picture = { id: string; url: string; blurred: boolean; dropped: boolean }

const pictureOf = (pictures: readonly Picture[] | null | undefined, id: string) => pictures?.find((p) => p.id === id) ?? null

/** What the public sees of the photo, under it: officials judge the photo as given. */
const photoMark = (p: Picture, i: number) =>
  `第${i + 1}张${p.dropped ? '：已不公开' : p.blurred ? '：公众看到的是模糊处理后的' : '：公众可见'}`

/** One report for officials: its status moves with a reason, moderation, and the suggested duplicates. */
export default function HazardPage() {
  const { reportId } = paramsOf('hazard', useRouter().params)
  const detail = useRemote(() => call(hazardOversightApi.detail, { reportId }), [reportId])
  // Asked again after each moderation, so the marks under the photos follow what was done.
  const moderation = JSON.stringify(detail.data?.report.moderation ?? null)
  const pictures = useRemote(() => hazardPhotos(reportId), [reportId, moderation])
  const urls = (pictures.data ?? []).map((p) => p.url)
  const [to, setTo] = useState<Move | null>(null)
  const [reason, setReason] = useState('')
  const [deadline, setDeadline] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const intent = useIntent()

  const run = async (send: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await send()
      intent.done()
      setReason('')
      await detail.reload()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  const update = () => {
    if (!to) return setError('请选择办理结果')
    const input = { reportId, to, reason, ...(to === 'in_ledger' && deadline ? { deadline } : {}) }
    return run(() => call(hazardOversightApi.update, input, { requestId: intent.idFor(input) }))
  }
  const moderate = (extra: {
    op: 'hide' | 'show' | 'duplicate' | 'drop_photo' | 'blur_photo'
    duplicateOfId?: string
    photoId?: string
  }) => {
    const input = { reportId, reason, ...extra }
    return run(() => call(hazardOversightApi.moderate, input, { requestId: intent.idFor(input) }))
  }

  const r = detail.data?.report
  return (
    <Screen title='办理隐患反映'>
      <View className='stack'>
        {detail.error ? (
          <Notice tone='bad' onRetry={detail.reload}>
            {detail.error}
          </Notice>
        ) : null}
        {r ? (
          <>
            <Card
              id='hazard-detail'
              title={`${r.reportNo} · ${r.categoryLabel}`}
              extra={<Badge tone={r.overdue ? 'bad' : 'info'}>{r.overdue ? '核实超期' : r.statusLabel}</Badge>}
            >
              <Text>{r.descriptionAsTyped}</Text>
              <InfoRow label='村庄'>{r.villageName}</InfoRow>
              <InfoRow label='核实期限'>{chineseDate(r.verifyBy)}</InfoRow>
              <InfoRow label='反映人'>{r.anonymous ? '匿名' : (r.reporterName ?? '未登记用户')}</InfoRow>
              {r.contactPhone ? <InfoRow label='联系电话'>{r.contactPhone}</InfoRow> : null}
              <InfoRow label='照片'>{`${r.photos.length}张`}</InfoRow>
              {r.moderation.hidden ? <Notice tone='warn'>已对公众隐藏</Notice> : null}
            </Card>
            <Field name='hazard-reason' label='办理说明' required>
              <TextBox id='hazard-reason' value={reason} onChange={setReason} placeholder='核实情况、处理意见或原因' />
            </Field>
            {r.moves.length > 0 ? (
              <Field name='hazard-move' label='办理结果'>
                <ChoiceGroup
                  idPrefix='hazard-move'
                  options={(r.moves as Move[]).map((m) => ({ value: m, label: HAZARD_STATUS_LABEL[m as HazardStatus] }))}
                  value={to}
                  onChange={setTo}
                />
                {to === 'in_ledger' ? (
                  <TextInput
                    id='hazard-deadline'
                    value={deadline}
                    onChange={setDeadline}
                    placeholder='整改期限，如 2026-12-31（可不填）'
                  />
                ) : null}
                <BigButton id='hazard-update' loading={busy} onClick={update}>
                  提交办理结果
                </BigButton>
              </Field>
            ) : null}
            <BigButton
              id='hazard-hide'
              kind='default'
              loading={busy}
              onClick={() => moderate({ op: r.moderation.hidden ? 'show' : 'hide' })}
            >
              {r.moderation.hidden ? '恢复公开' : '对公众隐藏'}
            </BigButton>
            {pictures.error ? (
              <Notice tone='bad' onRetry={pictures.reload}>
                {pictures.error}
              </Notice>
            ) : null}
            {r.photos.map((p, i) => (
              <View key={p.id} className='stack'>
                {pictureOf(pictures.data, p.id) ? (
                  <View className='hazard-photo'>
                    <Image
                      id={`hazard-photo-${i}`}
                      className='hazard-photo__img'
                      src={pictureOf(pictures.data, p.id)!.url}
                      mode='aspectFit'
                      {...imageAlt(`反映人的第 ${i + 1} 张照片`)}
                      onClick={() => void Taro.previewImage({ current: pictureOf(pictures.data, p.id)!.url, urls })}
                    />
                    <Text className='muted'>{photoMark(pictureOf(pictures.data, p.id)!, i)}</Text>
                  </View>
                ) : null}
                <BigButton
                  id={`hazard-blur-${i}`}
                  kind='default'
                  loading={busy}
                  onClick={() => moderate({ op: 'blur_photo', photoId: p.id })}
                >
                  {`模糊第${i + 1}张照片`}
                </BigButton>
                <BigButton
                  id={`hazard-drop-${i}`}
                  kind='default'
                  loading={busy}
                  onClick={() => moderate({ op: 'drop_photo', photoId: p.id })}
                >
                  {`不公开第${i + 1}张照片`}
                </BigButton>
              </View>
            ))}
            {r.canMarkDuplicate && detail.data!.duplicates.length > 0 ? (
              <Card title='可能重复的反映'>
                {detail.data!.duplicates.map((d) => (
                  <View key={d.report.id} className='stack' id={`hazard-dup-${d.report.id}`}>
                    <Text>{`${d.report.reportNo}：${d.report.description}`}</Text>
                    <Text className='muted'>{d.reason === 'same_house' ? '同一房屋' : `相距约${d.distanceM}米`}</Text>
                    <BigButton
                      id={`hazard-dup-${d.report.id}-mark`}
                      kind='default'
                      loading={busy}
                      onClick={() => moderate({ op: 'duplicate', duplicateOfId: d.report.id })}
                    >
                      标记为与此重复
                    </BigButton>
                  </View>
                ))}
              </Card>
            ) : null}
            {error ? (
              <Notice tone='bad' id='hazard-action-error'>
                {error}
              </Notice>
            ) : null}
          </>
        ) : null}
      </View>
    </Screen>
  )
}
