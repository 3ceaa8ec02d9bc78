import { imageAlt } from '../../../../components/a11y'
import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { type AppraisalOutcome, appraisalApi } from '@shared/api/appraisal.api'
import { GRADE_HINT, GRADE_LABEL, gradeIsSafe } from '@shared/domain/appraisal'
import { Grade } from '@shared/schemas/house'
import { link, paramsOf } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { DatePicker } from '../../../../components/date-picker'
import { ChoiceGroup } from '../../../../components/choice-group'
import { DocumentPicker, type PickedDocument } from '../../../../components/document-picker'
import { Field } from '../../../../components/field'
import { GradeHistory } from '../../../../components/grade-history'
import { InfoRow } from '../../../../components/info-row'
import { LimitedText } from '../../../../components/limited-text'
import { Loading, Notice } from '../../../../components/notice'
import { PhotoPicker } from '../../../../components/photo-picker'
import { Screen } from '../../../../components/screen'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { useToday } from '../../../../hooks/useToday'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import type { Uploaded } from '../../../../services/upload'
import { type RecordErrors, type SitePhoto, validateRecordForm } from '../../../../utils/appraisal-form'
import { beijingTime, chineseDate } from '../../../../utils/format'
import './index.scss'

const NOTE_MAX = appraisalApi.record.input.shape.note.unwrap().maxLength ?? 500
const GRADES = Grade.options.map((g) => ({ value: g, label: GRADE_LABEL[g], note: GRADE_HINT[g] }))

/** Where the phone is, when the appraiser allows it; a photo without a position is still a photo. */
async function position(): Promise<{ latitude: number | null; longitude: number | null }> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'wgs84' })
    return { latitude, longitude }
  } catch {
    return { latitude: null, longitude: null }
  }
}

export default function RecordAppraisal() {
  const { appraisalId } = paramsOf('appraisalRecord', useRouter().params)
  const detail = useRemote(() => call(appraisalApi.detail, { appraisalId }), [appraisalId])
  const today = useToday()
  const [grade, setGrade] = useState<Grade | null>(null)
  const [on, setOn] = useState<string | null>(null)
  const [report, setReport] = useState<PickedDocument[]>([])
  const [photos, setPhotos] = useState<SitePhoto[]>([])
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<RecordErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<AppraisalOutcome | null>(null)
  const intent = useIntent()
  const day = on ?? today

  const changePhotos = async (next: Uploaded[]) => {
    const known = new Map(photos.map((p) => [p.id, p]))
    const added = next.filter((p) => !known.has(p.id))
    const where = added.length > 0 ? await position() : { latitude: null, longitude: null }
    const takenAt = new Date().toISOString()
    setPhotos(next.map((p) => known.get(p.id) ?? { ...p, place: '', takenAt, ...where }))
    setErrors((e) => ({ ...e, photos: undefined }))
  }
  const setPlace = (id: string, place: string) => {
    setPhotos((ps) => ps.map((p) => (p.id === id ? { ...p, place } : p)))
    setErrors((e) => ({ ...e, places: { ...e.places, [id]: '' } }))
  }

  const send = async () => {
    setFormError(null)
    const checked = validateRecordForm({ appraisalId, grade, on: day, reportFileId: report[0]?.id ?? null, photos, note })
    if (!checked.ok) {
      setErrors(checked.errors)
      setFormError('还有几处没有填好，请看红色提示。')
      return
    }
    if (grade && gradeIsSafe(grade)) {
      const { confirm } = await Taro.showModal({
        title: `确认鉴定为${GRADE_LABEL[grade]}？`,
        content: '这户如有在办的改造申请（县级尚未审批），将因住房安全而终止，并告知农户。',
        confirmText: '确认',
        cancelText: '再想想',
      })
      if (!confirm) return
    }
    setBusy(true)
    try {
      setDone(await call(appraisalApi.record, checked.input, { requestId: intent.idFor(checked.input) }))
      intent.done()
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      setFormError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const a = detail.data?.appraisal
  return (
    <Screen title='录入鉴定结果'>
      {detail.loading && !detail.data ? <Loading /> : null}
      {detail.error ? (
        <Notice tone='bad' id='record-load-error' onRetry={detail.reload}>
          {detail.error}
        </Notice>
      ) : null}
      {done ? (
        <Card title='已录入' id='record-done'>
          <Notice tone='ok' id='record-done-text'>
            {`已录入 ${GRADE_LABEL[done.appraisal.result!.grade]}，已记入房屋档案。`}
            {done.caseState === 'ineligible' ? '这户的改造申请因住房安全已终止。' : ''}
            {done.monitoringEntryId ? '房屋已纳入动态监测台账。' : ''}
          </Notice>
          <View className='record__gap' />
          <BigButton id='record-back' onClick={() => Taro.redirectTo({ url: link('appraisalInbox') })}>
            返回鉴定委托
          </BigButton>
        </Card>
      ) : null}
      {a && detail.data && !done ? (
        <View className='stack'>
          <Card title={a.headName} id='record-house'>
            <InfoRow label='地址'>{`${a.villageName} ${a.address}`}</InfoRow>
            <InfoRow label='委托'>{a.orderedOn ? `${chineseDate(a.orderedOn)} ${a.orderedByName ?? ''}` : '—'}</InfoRow>
            <InfoRow label='期限' id='record-due'>
              {a.dueOn ? `${chineseDate(a.dueOn)}前` : '—'}
            </InfoRow>
            {a.note ? <Text className='record__note'>{a.note}</Text> : null}
          </Card>
          <Card title='房屋鉴定档案'>
            <GradeHistory house={detail.data.house} id='record-history' />
          </Card>
          {a.state !== 'ordered' ? (
            <Notice tone='warn' id='record-closed'>
              这份委托已经办结。
            </Notice>
          ) : (
            <>
              <Card title='鉴定结果'>
                <Field name='record-grade' label='危险性等级' required error={errors.grade}>
                  <ChoiceGroup
                    idPrefix='record-grade'
                    options={GRADES}
                    value={grade}
                    onChange={(g) => {
                      setGrade(g)
                      setErrors((e) => ({ ...e, grade: undefined }))
                    }}
                  />
                </Field>
                <Field name='record-on' label='鉴定日期' required error={errors.on}>
                  <DatePicker id='record-on' value={day} initial={today} end={today} onChange={setOn} />
                </Field>
                <Field
                  name='record-report'
                  label='鉴定报告'
                  required
                  hint='PDF文件，或把纸质报告拍下来'
                  error={errors.reportFileId}
                >
                  <DocumentPicker
                    idPrefix='record-report'
                    noun='鉴定报告'
                    max={1}
                    documents={report}
                    onChange={(d) => {
                      setReport(d)
                      setErrors((e) => ({ ...e, reportFileId: undefined }))
                    }}
                  />
                </Field>
              </Card>
              <Card title='现场照片'>
                <Field
                  name='record-photos'
                  label='照片'
                  required
                  hint='每张照片写明拍的是哪里；拍摄时间和位置自动记录'
                  error={errors.photos}
                >
                  <PhotoPicker idPrefix='record-photo' photos={photos} onChange={(p) => void changePhotos(p)} />
                </Field>
                {photos.map((p, i) => (
                  <View key={p.id} className='record__photo'>
                    <Image className='record__thumb' src={p.url} mode='aspectFill' {...imageAlt(`现场照片第 ${i + 1} 张`)} />
                    <View className='record__photo-fields'>
                      <Field
                        name={`record-place-${i}`}
                        label={`第${i + 1}张 拍摄部位`}
                        error={errors.places?.[p.id] || undefined}
                      >
                        <TextInput
                          id={`record-place-${i}`}
                          value={p.place}
                          onChange={(v) => setPlace(p.id, v)}
                          placeholder='如：东山墙、屋面'
                          invalid={!!errors.places?.[p.id]}
                        />
                      </Field>
                      <Text className='muted'>
                        {beijingTime(p.takenAt)}
                        {p.latitude !== null ? ` · ${p.latitude.toFixed(5)}, ${p.longitude?.toFixed(5)}` : ' · 未取得位置'}
                      </Text>
                    </View>
                  </View>
                ))}
              </Card>
              <Card title='说明'>
                <Field name='record-note' label='鉴定说明' hint='可不填' error={errors.note}>
                  <LimitedText id='record-note' value={note} onChange={setNote} max={NOTE_MAX} placeholder='主要问题、建议' />
                </Field>
              </Card>
              {formError ? (
                <Notice tone='bad' id='record-error'>
                  {formError}
                </Notice>
              ) : null}
              <BigButton id='record-submit' loading={busy} onClick={send}>
                提交鉴定结果
              </BigButton>
            </>
          )}
        </View>
      ) : null}
    </Screen>
  )
}
