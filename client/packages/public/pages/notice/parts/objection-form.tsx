import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type MyObjectionView, ObjectInput, publicityApi } from '@shared/api/publicity.api'
import { link } from '@shared/routes'
import { BigButton } from '../../../../../components/big-button'
import { Card } from '../../../../../components/card'
import { ChoiceGroup } from '../../../../../components/choice-group'
import { Field } from '../../../../../components/field'
import { LimitedText } from '../../../../../components/limited-text'
import { Notice } from '../../../../../components/notice'
import { PhotoPicker } from '../../../../../components/photo-picker'
import { currentUrl, rememberReturn } from '../../../../../components/screen/return-to'
import { TextInput } from '../../../../../components/text-input'
import { useIntent } from '../../../../../hooks/useIntent'
import { ApiError, fieldErrorsOf, messageOf } from '../../../../../services/api-error'
import { call } from '../../../../../services/call'
import { askToNotify } from '../../../../../services/subscribe'
import type { Uploaded } from '../../../../../services/upload'
import { fieldProblem } from '../../../../../utils/field-check'

const REASON = ObjectInput.shape.reason
const REASON_MAX = REASON.maxLength ?? 500

type Who = 'named' | 'anonymous'

type Props = {
  noticeId: string
  /** Photos need a registered user (uploads belong to someone); a visitor objects in words. */
  canAttachPhotos: boolean
}

/** 提出异议: a reason, photos if any, named with a phone to call back, or anonymous. */
export function ObjectionForm({ noticeId, canAttachPhotos }: Props) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [who, setWho] = useState<Who>('named')
  const [phone, setPhone] = useState('')
  const [photos, setPhotos] = useState<Uploaded[]>([])
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [error, setError] = useState<string | null>(null)
  const [needsSignIn, setNeedsSignIn] = useState(false)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<MyObjectionView | null>(null)
  const intent = useIntent()

  const submit = async () => {
    setError(null)
    const problem = fieldProblem(REASON, reason)
    if (problem) {
      setErrors({ reason: problem })
      return
    }
    // Asked in the tap itself, as WeChat requires; the answer never holds up or stops the objection.
    void askToNotify(['objection_resolved'])
    const input = {
      noticeId,
      reason: reason.trim(),
      photoIds: photos.map((p) => p.id),
      anonymous: who === 'anonymous',
      ...(who === 'named' && phone.trim() ? { contactPhone: phone.trim() } : {}),
    }
    setBusy(true)
    try {
      setDone(await call(publicityApi.object, input, { requestId: intent.idFor(input) }))
      intent.done()
    } catch (e) {
      setError(messageOf(e))
      setErrors(fieldErrorsOf(e, { contactPhone: '联系电话' }))
      setNeedsSignIn(e instanceof ApiError && e.code === 'UNAUTHENTICATED')
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <Card title='异议已提交'>
        <Notice tone='ok' id='objection-done'>
          乡镇将核实处理。处理结果会写在“我提出的异议”里{process.env.TARO_ENV === 'weapp' ? '，并通过微信通知您' : ''}。
        </Notice>
        <View className='notice-page__gap' />
        <BigButton id='objection-mine' kind='default' onClick={() => Taro.navigateTo({ url: link('myObjections') })}>
          查看我提出的异议
        </BigButton>
      </Card>
    )
  }

  if (!open) {
    return (
      <BigButton id='objection-open' kind='default' onClick={() => setOpen(true)}>
        我有异议
      </BigButton>
    )
  }

  return (
    <Card title='提出异议'>
      <Field name='objection-reason' label='异议理由' required hint='写清楚您知道的情况（至少4个字）' error={errors.reason}>
        <LimitedText
          id='objection-reason'
          value={reason}
          onChange={(v) => {
            setReason(v)
            setErrors((e) => ({ ...e, reason: undefined }))
          }}
          max={REASON_MAX}
          invalid={!!errors.reason}
          placeholder='例如：该户在镇上另有住房'
        />
      </Field>
      <Field name='objection-who' label='是否署名'>
        <ChoiceGroup
          idPrefix='objection-who'
          options={[
            { value: 'named', label: '署名', note: '乡镇可以联系您核实' },
            { value: 'anonymous', label: '匿名', note: '谁都看不到是谁提的' },
          ]}
          value={who}
          onChange={setWho}
        />
      </Field>
      {who === 'named' ? (
        <Field name='objection-phone' label='联系电话' hint='可不填；只给乡镇核实用' error={errors.contactPhone}>
          <TextInput
            id='objection-phone'
            type='digit'
            value={phone}
            onChange={setPhone}
            maxLength={11}
            invalid={!!errors.contactPhone}
            placeholder='11位手机号'
          />
        </Field>
      ) : null}
      {canAttachPhotos ? (
        <Field name='objection-photo' label='照片' hint='可不拍' error={errors.photoIds}>
          <PhotoPicker idPrefix='objection-photo' photos={photos} onChange={setPhotos} max={6} />
        </Field>
      ) : null}
      {error ? (
        <Notice tone='bad' id='objection-error'>
          {error}
        </Notice>
      ) : null}
      {needsSignIn && process.env.TARO_ENV === 'h5' ? (
        <BigButton
          id='objection-signin'
          kind='default'
          onClick={() => {
            rememberReturn(currentUrl())
            void Taro.navigateTo({ url: link('login') })
          }}
        >
          登录后提交
        </BigButton>
      ) : null}
      <View className='notice-page__gap' />
      <BigButton id='objection-submit' loading={busy} onClick={submit}>
        提交异议
      </BigButton>
      <Text className='muted notice-page__note'>公示期内受理异议，最后一天也可以提交。</Text>
    </Card>
  )
}
