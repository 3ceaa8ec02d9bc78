import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Dialog from '@nutui/nutui-react-taro/dist/esm/Dialog'
import '@nutui/nutui-react-taro/dist/esm/Dialog/style/css'
import { useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import { reviewApi, type Decision } from '@shared/api/review.api'
import type { Application } from '@shared/schemas/application'
import { STATE_LABEL } from '@shared/domain/workflow/labels'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { CaseDetailView } from '../../../../components/case-detail'
import { Field } from '../../../../components/field'
import { Loading, Notice } from '../../../../components/notice'
import { TextBox } from '../../../../components/text-box'
import { link, paramsOf } from '@shared/routes'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { currentNotice } from '../../../../utils/publicity'
import './index.scss'
import { Screen } from '../../../../components/screen'

const DECISIONS: { value: Decision; label: string; kind: 'success' | 'default' | 'danger'; confirm: string }[] = [
  { value: 'approve', label: '审核通过', kind: 'success', confirm: '确认审核通过？通过后结果将在村务公开栏公示。' },
  { value: 'return', label: '退回补正', kind: 'default', confirm: '确认退回？农户修改后可以重新提交。' },
  { value: 'reject', label: '不予支持', kind: 'danger', confirm: '确认不予支持？这个决定会告知农户。' },
]

export default function Review() {
  const { caseId } = paramsOf('review', useRouter().params)
  const detail = useRemote(() => call(applicationApi.detail, { caseId }), [caseId])
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | undefined>()
  const [pending, setPending] = useState<Decision | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<Application | null>(null)

  const allowed = DECISIONS.filter((d) => detail.data?.allowedEvents.includes(d.value))
  const notice = detail.data ? currentNotice(detail.data) : null
  // The server's `running` flag, not this phone's date: the server's clock is the one that counts.
  const waitUntil = notice?.running ? notice.closesOn : null

  const ask = (d: Decision) => {
    setError(null)
    if (d !== 'approve' && comment.trim().length === 0) {
      setCommentError('退回或不予支持时请写明理由')
      return
    }
    setCommentError(undefined)
    setPending(d)
  }

  const intent = useIntent()
  const decide = async () => {
    if (!pending) return
    const decision = pending
    setPending(null)
    setBusy(true)
    try {
      const input = { caseId, decision, comment: comment.trim() }
      setDone(await call(reviewApi.decide, input, { requestId: intent.idFor(input) }))
      intent.done()
      // Approval opens a publicity notice; show it with the new state.
      void detail.reload()
    } catch (e) {
      setError(messageOf(e))
      setCommentError(fieldErrorsOf(e).comment)
    } finally {
      setBusy(false)
    }
  }

  const chosen = DECISIONS.find((d) => d.value === pending)

  return (
    <Screen title='审核申请'>
      {detail.loading && !detail.data ? <Loading /> : null}
      {detail.error ? (
        <Notice tone='bad' id='review-error' onRetry={detail.reload}>
          {detail.error}
        </Notice>
      ) : null}
      {detail.data ? (
        <View className='stack'>
          <CaseDetailView
            detail={done && detail.data.case.updatedAt < done.updatedAt ? { ...detail.data, case: done } : detail.data}
          />
          {done ? (
            <Card title='已提交'>
              <Notice tone='ok' id='decide-done'>
                办理完成，当前状态：{STATE_LABEL[done.state]}
              </Notice>
              <View className='review__gap' />
              <BigButton id='decide-back' onClick={() => Taro.redirectTo({ url: link('inbox') })}>
                返回待办
              </BigButton>
            </Card>
          ) : allowed.length > 0 ? (
            <Card title='审核意见'>
              {waitUntil ? (
                <Notice tone='warn' id='decide-publicity'>
                  公示至 {waitUntil}，期满后才能审核通过；如有问题可以退回或不予支持。
                </Notice>
              ) : null}
              <Field name='decide-comment' label='意见' hint='退回或不予支持时必须写明理由' error={commentError}>
                <TextBox
                  id='decide-comment'
                  value={comment}
                  onChange={setComment}
                  invalid={!!commentError}
                  placeholder='写下审核意见'
                />
              </Field>
              {error ? (
                <Notice tone='bad' id='decide-error'>
                  {error}
                </Notice>
              ) : null}
              <View className='review__buttons'>
                {allowed.map((d) => (
                  <View key={d.value} className='review__button'>
                    <BigButton
                      id={`decide-${d.value}`}
                      kind={d.kind}
                      loading={busy && pending === null}
                      disabled={d.value === 'approve' && !!waitUntil}
                      onClick={() => ask(d.value)}
                    >
                      {d.label}
                    </BigButton>
                  </View>
                ))}
              </View>
            </Card>
          ) : (
            <Notice id='decide-none'>这份申请目前不需要您审核。</Notice>
          )}
        </View>
      ) : null}
      <Dialog
        visible={pending !== null}
        title={chosen?.label ?? ''}
        closeOnOverlayClick={false}
        onClose={() => setPending(null)}
        footer={
          <View className='review__dialog-footer'>
            <View className='review__dialog-button'>
              <BigButton id='decide-confirm-cancel' kind='default' onClick={() => setPending(null)}>
                再想想
              </BigButton>
            </View>
            <View className='review__dialog-button'>
              <BigButton id='decide-confirm-ok' kind={chosen?.kind === 'danger' ? 'danger' : 'primary'} onClick={decide}>
                确认
              </BigButton>
            </View>
          </View>
        }
      >
        <Text className='review__dialog-text' id='decide-confirm-text'>
          {chosen?.confirm}
        </Text>
      </Dialog>
    </Screen>
  )
}
