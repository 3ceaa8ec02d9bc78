import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import { paramsOf } from '@shared/routes'
import { BigButton } from '../../components/big-button'
import { Card } from '../../components/card'
import { CaseDetailView } from '../../components/case-detail'
import { Field } from '../../components/field'
import { Loading, Notice } from '../../components/notice'
import { TextBox } from '../../components/text-box'
import { useIntent } from '../../hooks/useIntent'
import { useRemote } from '../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../services/api-error'
import { call } from '../../services/call'
import { Screen } from '../../components/screen'

export default function CasePage() {
  const { caseId } = paramsOf('case', useRouter().params)
  const detail = useRemote(() => call(applicationApi.detail, { caseId }), [caseId])
  const [reason, setReason] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | undefined>()

  const canResubmit = detail.data?.allowedEvents.includes('resubmit') ?? false
  const draft = reason ?? detail.data?.case.reason ?? ''

  const intent = useIntent()
  const resubmit = async () => {
    if (draft.trim().length < 4) {
      setFieldError('请说明申请理由（至少4个字）')
      return
    }
    setBusy(true)
    setError(null)
    setFieldError(undefined)
    try {
      const input = { caseId, reason: draft.trim(), comment: '' }
      await call(applicationApi.resubmit, input, { requestId: intent.idFor(input) })
      intent.done()
      setReason(null)
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
          <CaseDetailView detail={detail.data} />
          {canResubmit ? (
            <Card title='修改后重新提交'>
              <Notice tone='warn'>申请被退回了。请按上面“意见”修改申请理由，再重新提交。</Notice>
              <Field name='case-resubmit-reason' label='申请理由' required error={fieldError}>
                <TextBox id='case-resubmit-reason' value={draft} onChange={setReason} invalid={!!fieldError} />
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
        </View>
      ) : null}
    </Screen>
  )
}
