import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { hazardApi, type MyHazard } from '@shared/api/hazard.api'
import { COUNTY_COMPLAINT_PHONE } from '@shared/domain/complaint-line'
import { pathOf } from '@shared/routes'
import { HAZARD_CATEGORY_LABEL, HazardCategory } from '@shared/schemas/hazard'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { TextBox } from '../../../../components/text-box'
import { TextInput } from '../../../../components/text-input'
import { VillagePicker } from '../../../../components/village-picker'
import { useIntent } from '../../../../hooks/useIntent'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { uploadHazardPhoto } from '../../../../services/hazard-photo'
import type { Uploaded } from '../../../../services/upload-core'
import { PhotoThumbs } from '../../../../components/photo-thumbs'
import './index.scss'

const CATEGORIES = HazardCategory.options.map((v) => ({ value: v, label: HAZARD_CATEGORY_LABEL[v] }))
const MAX_PHOTOS = 9

/** The public channel (畅通问题反映渠道): anyone reports a danger, anonymously if they wish. */
export default function HazardReport() {
  const [category, setCategory] = useState<HazardCategory | null>(null)
  const [description, setDescription] = useState('')
  const [photos, setPhotos] = useState<Uploaded[]>([])
  const [village, setVillage] = useState<{ path: string; name: string } | null>(null)
  const [position, setPosition] = useState<{ lat: number; lng: number } | null>(null)
  const [anonymous, setAnonymous] = useState(true)
  const [phone, setPhone] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<MyHazard | null>(null)
  const intent = useIntent()

  const addPhotos = async () => {
    let paths: string[]
    try {
      const res = await Taro.chooseMedia({
        count: MAX_PHOTOS - photos.length,
        mediaType: ['image'],
        sourceType: ['camera', 'album'],
        sizeType: ['compressed'],
      })
      paths = res.tempFiles.map((f) => f.tempFilePath)
    } catch {
      return // the person cancelled
    }
    setBusy(true)
    try {
      const added: Uploaded[] = []
      for (const p of paths) added.push(await uploadHazardPhoto(p))
      setPhotos((prev) => [...prev, ...added].slice(0, MAX_PHOTOS))
    } catch (e) {
      setErrors((x) => ({ ...x, photoIds: messageOf(e) }))
    } finally {
      setBusy(false)
    }
  }

  // The position only helps find the house and nearby reports; refusing it leaves the village picker.
  const locate = async () => {
    try {
      const at = await Taro.getLocation({ type: 'gcj02' })
      setPosition({ lat: at.latitude, lng: at.longitude })
    } catch {
      setPosition(null)
      setFormError('未能获取位置，请在下方选择所在村庄')
    }
  }

  const submit = async () => {
    const input = {
      category: category ?? undefined,
      description,
      photoIds: photos.map((p) => p.id),
      regionPath: village?.path,
      ...(position ?? {}),
      anonymous,
      ...(!anonymous && phone ? { contactPhone: phone } : {}),
    }
    const missing: Record<string, string> = {}
    if (!category) missing.category = '请选择问题类型'
    if (!village) missing.regionPath = '请选择所在村庄'
    if (photos.length === 0) missing.photoIds = '请至少拍摄或选择1张照片'
    if (Object.keys(missing).length > 0) {
      setErrors(missing)
      setFormError('还有几处没有填好，请看红色提示。')
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      setDone(await call(hazardApi.report, input as never, { requestId: intent.idFor(input) }))
      intent.done()
    } catch (e) {
      setFormError(messageOf(e))
      setErrors(fieldErrorsOf(e))
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <Screen title='反映已提交' isPublic>
        <View className='stack'>
          <Notice tone='ok' id='hazard-done'>
            已收到您的反映（编号 {done.reportNo}），将转交{done.villageName}村委会和乡镇核实。处理进度可在“我的反映”查看。
          </Notice>
          <BigButton id='hazard-done-mine' onClick={() => Taro.redirectTo({ url: pathOf('myHazards') })}>
            查看我的反映
          </BigButton>
        </View>
      </Screen>
    )
  }

  return (
    <Screen title='反映住房安全隐患' isPublic>
      <View className='stack'>
        <Card>
          <Text>发现房屋开裂、倾斜、漏雨或有倒塌危险，可以在这里反映，也可以拨打县信访电话：</Text>
          <Text className='hazard-report__phone' id='hazard-phone'>
            {COUNTY_COMPLAINT_PHONE}
          </Text>
        </Card>
        <Field name='hazard-category' label='问题类型' required error={errors.category}>
          <ChoiceGroup idPrefix='hazard-category' options={CATEGORIES} value={category} onChange={setCategory} columns={2} />
        </Field>
        <Field name='hazard-description' label='情况说明' required error={errors.description}>
          <TextBox id='hazard-description' value={description} onChange={setDescription} placeholder='哪户、哪里、什么情况' />
        </Field>
        <Field name='hazard-photos' label='照片（1–9张）' required error={errors.photoIds}>
          <PhotoThumbs
            idPrefix='hazard-photo'
            photos={photos.map((p) => ({ key: p.id, src: p.url }))}
            altOf={(i) => `隐患照片第 ${i + 1} 张`}
            onRemove={(i) => setPhotos((prev) => prev.filter((_, j) => j !== i))}
          />
          {photos.length < MAX_PHOTOS ? (
            <BigButton id='hazard-photo-add' kind='default' loading={busy} onClick={addPhotos}>
              📷 拍照或选照片（{photos.length}/{MAX_PHOTOS}）
            </BigButton>
          ) : null}
        </Field>
        <Field name='hazard-place' label='所在村庄' required error={errors.regionPath}>
          <BigButton id='hazard-locate' kind='default' onClick={locate}>
            {position ? '✓ 已记录当前位置' : '📍 记录当前位置（可选）'}
          </BigButton>
          {village ? <Text id='hazard-village'>已选：{village.name}</Text> : null}
          <VillagePicker
            idPrefix='hazard-place'
            value={village?.path ?? null}
            onChange={(path, name) => setVillage({ path, name })}
          />
        </Field>
        <Field name='hazard-anonymous' label='是否匿名'>
          <ChoiceGroup
            idPrefix='hazard-anonymous'
            options={[
              { value: 'yes', label: '匿名反映', note: '村镇干部看不到您是谁' },
              { value: 'no', label: '留下联系方式', note: '方便核实时联系您' },
            ]}
            value={anonymous ? 'yes' : 'no'}
            onChange={(v) => setAnonymous(v === 'yes')}
          />
        </Field>
        {!anonymous ? (
          <Field name='hazard-phone' label='联系电话（可选）' error={errors.contactPhone}>
            <TextInput id='hazard-phone-input' type='digit' value={phone} onChange={setPhone} maxLength={11} />
          </Field>
        ) : null}
        {formError ? (
          <Notice tone='bad' id='hazard-error'>
            {formError}
          </Notice>
        ) : null}
        <BigButton id='hazard-submit' loading={busy} onClick={submit}>
          提交反映
        </BigButton>
      </View>
    </Screen>
  )
}
