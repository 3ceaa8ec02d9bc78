import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import { link, paramsOf } from '@shared/routes'
import { BigButton } from '../../components/big-button'
import { Card } from '../../components/card'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { CaseDetailView } from '../../components/case-detail'
import { Field } from '../../components/field'
import { Loading, Notice } from '../../components/notice'
import { LimitedText } from '../../components/limited-text'
import { PhotoPicker } from '../../components/photo-picker'
import { RemindMe } from '../../components/remind-me'
import { useIntent } from '../../hooks/useIntent'
import { useRemote } from '../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../services/api-error'
import { call } from '../../services/call'
import { Screen } from '../../components/screen'
import { casePhotos } from '../../services/photos'
import { askToNotify } from '../../services/subscribe'
import type { Uploaded } from '../../services/upload'
import { fieldProblem } from '../../utils/field-check'

const REASON = applicationApi.resubmit.input.shape.reason
const REASON_MAX = REASON.maxLength ?? 500

export default function CasePage() {
  const { caseId } = paramsOf('case', useRouter().params)
  const detail = useRemote(() => call(applicationApi.detail, { caseId }), [caseId])
  const [reason, setReason] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | undefined>()

  const canResubmit = detail.data?.allowedEvents.includes('resubmit') ?? false
  const draft = reason ?? detail.data?.case.reason ?? ''
  // The photos already on the case, then whatever the farmer adds; resubmit sends the list as it stands.
  const photoIds = detail.data?.case.photoIds ?? []
  const existing = useRemote(
    () => (canResubmit ? casePhotos(caseId, photoIds) : Promise.resolve([] as Uploaded[])),
    [canResubmit, caseId, photoIds.join(',')],
  )
  const [photos, setPhotos] = useState<Uploaded[] | null>(null)
  const shownPhotos = photos ?? existing.data ?? []
  const [resent, setResent] = useState(false)

  const canWithdraw = detail.data?.allowedEvents.includes('withdraw') ?? false
  const canPlan = detail.data?.planOptions != null
  const [askWithdraw, setAskWithdraw] = useState(false)
  const [withdrawError, setWithdrawError] = useState<string | null>(null)
  const withdrawIntent = useIntent()
  const withdraw = async () => {
    setAskWithdraw(false)
    setWithdrawError(null)
    setBusy(true)
    try {
      // The village withdraws only its own proxy filing and says so; the household's own needs no reason.
      const input = { caseId, reason: detail.data?.case.appliedBy === 'village' ? '村委会撤回代为申请' : '' }
      await call(applicationApi.withdraw, input, { requestId: withdrawIntent.idFor(input) })
      withdrawIntent.done()
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
      await detail.reload()
    } catch (e) {
      setWithdrawError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const intent = useIntent()
  const resubmit = async () => {
    const problem = fieldProblem(REASON, draft)
    if (problem) {
      setFieldError(problem)
      return
    }
    // Asked within the tap, as WeChat requires; the answer never holds up the resubmission.
    void askToNotify(['case_update'])
    setBusy(true)
    setError(null)
    setFieldError(undefined)
    try {
      const input = {
        caseId,
        reason: draft.trim(),
        comment: '',
        ...(photos ? { photoIds: photos.map((p) => p.id) } : {}),
      }
      // A retry after a lost reply carries the same request id, so the server answers with the first resubmission.
      await call(applicationApi.resubmit, input, { requestId: intent.idFor(input) })
      intent.done()
      setReason(null)
      setPhotos(null)
      setResent(true)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
      await detail.reload()
    } catch (e) {
      setError(messageOf(e))
      setFieldError(fieldErrorsOf(e).reason)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen title='申请详情'>
      {detail.loading && !detail.data ? <Loading /> : null}
      {detail.error ? (
        <Notice tone='bad' id='case-error' onRetry={detail.reload}>
          {detail.error}
        </Notice>
      ) : null}
      {detail.data ? (
        <View className='stack'>
          {resent ? (
            <Notice tone='ok' id='case-resubmit-done'>
              已重新提交，退回您的那一级会接着办理。办理后会发消息告诉您。
            </Notice>
          ) : null}
          {detail.data.nextStep ? (
            <Notice id='case-next'>
              {detail.data.nextStep.withinWorkingDays
                ? `下一步：${detail.data.nextStep.label}，一般 ${detail.data.nextStep.withinWorkingDays} 个工作日内。`
                : `下一步：${detail.data.nextStep.label}。`}
            </Notice>
          ) : null}
          <CaseDetailView detail={detail.data} />
          {detail.data.nextStep ? <RemindMe id='case-remind' kinds={['case_update', 'funds_arrived']} /> : null}
          {canResubmit ? (
            <Card title='修改后重新提交'>
              <Notice tone='warn'>申请被退回了。请按上面“意见”修改申请理由，再重新提交。</Notice>
              <Field
                name='case-resubmit-reason'
                label='申请理由'
                required
                error={fieldError ?? (reason !== null ? fieldProblem(REASON, draft) : undefined)}
              >
                <LimitedText
                  id='case-resubmit-reason'
                  value={draft}
                  onChange={(v) => {
                    setReason(v)
                    setFieldError(undefined)
                  }}
                  max={REASON_MAX}
                  invalid={!!fieldError}
                />
              </Field>
              <Field name='case-resubmit-photo' label='房屋照片' hint='意见要求补照片的，请在这里添加'>
                <PhotoPicker idPrefix='case-resubmit-photo' photos={shownPhotos} onChange={setPhotos} />
              </Field>
              {error ? (
                <Notice tone='bad' id='case-resubmit-error'>
                  {error}
                </Notice>
              ) : null}
              <BigButton id='case-resubmit' loading={busy} onClick={resubmit}>
                重新提交
              </BigButton>
            </Card>
          ) : null}
          {canPlan ? (
            <Card title={detail.data.allowedEvents.includes('change_plan') ? '变更改造方案' : '确定改造方案'}>
              <Notice>县级已审批。请选择改造方式、面积、补助和开工竣工时间；不改造的，也可以在这里选择安置方式。</Notice>
              <BigButton id='case-plan' onClick={() => Taro.navigateTo({ url: link('plan', { caseId }) })}>
                {detail.data.case.plan ? '修改改造方案' : '确定改造方案'}
              </BigButton>
            </Card>
          ) : null}
          {canWithdraw ? (
            <Card title='撤回申请'>
              <Notice tone='warn'>还没有人办理之前，可以撤回这份申请。撤回后这次申请就结束了，以后可以重新申请。</Notice>
              {withdrawError ? (
                <Notice tone='bad' id='case-withdraw-error'>
                  {withdrawError}
                </Notice>
              ) : null}
              <BigButton id='case-withdraw' kind='danger' loading={busy} onClick={() => setAskWithdraw(true)}>
                撤回申请
              </BigButton>
            </Card>
          ) : null}
        </View>
      ) : null}
      <ConfirmDialog
        id='case-withdraw-confirm'
        visible={askWithdraw}
        title='撤回申请'
        danger
        okLabel='确认撤回'
        text='撤回后，这份申请就不再办理了。确认撤回？'
        onOk={withdraw}
        onCancel={() => setAskWithdraw(false)}
      />
    </Screen>
  )
}
