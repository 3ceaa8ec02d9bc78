import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { type AppraisalOutcome, appraisalApi } from '@shared/api/appraisal.api'
import { EXEMPTION_REASON_LABEL, ExemptionReason } from '@shared/schemas/appraisal'
import { link, paramsOf } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { DocumentPicker, type PickedDocument } from '../../../../components/document-picker'
import { Field } from '../../../../components/field'
import { LimitedText } from '../../../../components/limited-text'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { useIntent } from '../../../../hooks/useIntent'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import './index.scss'

const NOTE_MAX = appraisalApi.exempt.input.shape.note.unwrap().maxLength ?? 500
const REASON_HINT: Record<ExemptionReason, string> = {
  relocated_flat: '易地扶贫搬迁等已入住楼房，有入住或交房验收材料',
  renovated_since_2018: '2018年以来改造过，有竣工验收材料',
}
const REASONS = ExemptionReason.options.map((r) => ({ value: r, label: EXEMPTION_REASON_LABEL[r], note: REASON_HINT[r] }))

/**
 * 免鉴定: the township accepts the household's acceptance papers in place of an appraisal. Opened from the case's
 * house record; the house is recorded as proven safe and the case, not yet approved by the county, ends.
 */
export default function ExemptAppraisal() {
  const { houseId, caseId } = paramsOf('appraisalExempt', useRouter().params)
  const [reason, setReason] = useState<ExemptionReason | null>(null)
  const [papers, setPapers] = useState<PickedDocument[]>([])
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<AppraisalOutcome | null>(null)
  const intent = useIntent()

  const send = async () => {
    setFormError(null)
    const missing: Record<string, string> = {}
    if (!reason) missing.reason = '请选择免鉴定的情形'
    if (papers.length === 0) missing.paperIds = '请上传验收材料'
    if (!reason || papers.length === 0) {
      setErrors(missing)
      setFormError('还有几处没有填好，请看红色提示。')
      return
    }
    const { confirm } = await Taro.showModal({
      title: '确认认可验收材料？',
      content: '房屋将记为住房安全、免于鉴定；这户在办的改造申请（县级尚未审批）将终止，并告知农户。',
      confirmText: '确认',
      cancelText: '再想想',
    })
    if (!confirm) return
    const input = { houseId, reason, paperIds: papers.map((p) => p.id), note: note.trim() }
    setBusy(true)
    try {
      setDone(await call(appraisalApi.exempt, input, { requestId: intent.idFor(input) }))
      intent.done()
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      setFormError(messageOf(e))
      setErrors(fieldErrorsOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen title='免鉴定'>
      {!houseId ? (
        <Notice tone='warn' id='exempt-no-house'>
          请从申请审核页面的房屋档案处进入。
        </Notice>
      ) : done ? (
        <Card title='已认可' id='exempt-done'>
          <Notice tone='ok' id='exempt-done-text'>
            {`已记入房屋档案：${EXEMPTION_REASON_LABEL[done.appraisal.exemption!.reason]}，住房安全，免于鉴定。`}
            {done.caseState === 'ineligible' ? '这户的改造申请已终止，已告知农户。' : ''}
          </Notice>
          <View className='exempt__gap' />
          {caseId ? (
            <BigButton id='exempt-back' onClick={() => Taro.redirectTo({ url: link('review', { caseId }) })}>
              返回申请
            </BigButton>
          ) : null}
        </Card>
      ) : (
        <View className='stack'>
          <Card title='验收材料'>
            <Field name='exempt-reason' label='情形' required error={errors.reason}>
              <ChoiceGroup
                idPrefix='exempt-reason'
                options={REASONS}
                value={reason}
                onChange={(v) => {
                  setReason(v)
                  setErrors((e) => ({ ...e, reason: '' }))
                }}
              />
            </Field>
            <Field
              name='exempt-papers'
              label='材料'
              required
              hint='PDF文件，或把纸质材料逐页拍下来'
              error={errors.paperIds || undefined}
            >
              <DocumentPicker
                idPrefix='exempt-papers'
                noun='验收材料'
                documents={papers}
                onChange={(d) => {
                  setPapers(d)
                  setErrors((e) => ({ ...e, paperIds: '' }))
                }}
              />
            </Field>
            <Field name='exempt-note' label='说明' hint='可不填' error={errors.note || undefined}>
              <LimitedText
                id='exempt-note'
                value={note}
                onChange={setNote}
                max={NOTE_MAX}
                placeholder='如：2019年改造，竣工验收合格'
              />
            </Field>
          </Card>
          {formError ? (
            <Notice tone='bad' id='exempt-error'>
              {formError}
            </Notice>
          ) : null}
          <BigButton id='exempt-submit' loading={busy} onClick={send}>
            认可材料，免于鉴定
          </BigButton>
        </View>
      )}
    </Screen>
  )
}
