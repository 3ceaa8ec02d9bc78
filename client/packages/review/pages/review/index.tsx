import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Dialog from '@nutui/nutui-react-taro/dist/esm/Dialog'
import '@nutui/nutui-react-taro/dist/esm/Dialog/style/css'
import { useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import { reviewApi, type Decision } from '@shared/api/review.api'
import type { Application, CaseState } from '@shared/schemas/application'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { MODE_LABEL } from '@shared/schemas/application'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { CaseDetailView } from '../../../../components/case-detail'
import { Field } from '../../../../components/field'
import { Loading, Notice } from '../../../../components/notice'
import { LimitedText } from '../../../../components/limited-text'
import { WorksMilestones } from '../../../../components/works-milestones'
import { Badge } from '../../../../components/state-badge'
import { link, paramsOf } from '@shared/routes'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { milestonesFor } from '@shared/domain/funds/milestones'
import { useToday } from '../../../../hooks/useToday'
import { fieldProblem } from '../../../../utils/field-check'
import { currentNotice } from '../../../../utils/publicity'
import { CaseObjections } from './parts/case-objections'
import { CasePhotos } from './parts/case-photos'
import { type DecisionDef, DecisionBar } from './parts/decision-bar'
import { HouseRecord } from './parts/house-record'
import { emptyMeeting, type MeetingErrors, MeetingFormCard, type MeetingForm, meetingInputOf } from './parts/meeting-form'
import './index.scss'
import { Screen } from '../../../../components/screen'

const COMMENT = reviewApi.decide.input.shape.comment
const COMMENT_MAX = COMMENT.unwrap().maxLength ?? 500

/** The decisions of each level; where the case came from a level below, that level can be asked to redo its part. */
function decisionsAt(state: CaseState | undefined): DecisionDef[] {
  const below = state === 'village_approved' ? '村委会' : '乡镇'
  return [
    { value: 'approve', label: '通过', kind: 'success', confirm: '确认审核通过？通过后结果将在村务公开栏公示。' },
    { value: 'return', label: '退回农户', kind: 'default', confirm: '确认退回农户补正？农户修改后直接交回您这一级。' },
    {
      value: 'return_below',
      label: `退回${below}`,
      kind: 'default',
      confirm: `确认退回${below}重新办理？${below}办理后再交回您这一级。`,
    },
    { value: 'reject', label: '不予支持', kind: 'danger', confirm: '确认不予支持？这个决定会告知农户。' },
  ]
}

/** The village's approval and rejection are the meeting's decisions, so they carry its record. */
const NEEDS_MEETING: readonly Decision[] = ['approve', 'reject']

export default function Review() {
  const { caseId } = paramsOf('review', useRouter().params)
  const detail = useRemote(() => call(applicationApi.detail, { caseId }), [caseId])
  const me = useRemote(() => getMe())
  const today = useToday()
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | undefined>()
  const [pending, setPending] = useState<Decision | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<Application | null>(null)

  const [meeting, setMeeting] = useState<MeetingForm>(emptyMeeting)
  const [meetingErrors, setMeetingErrors] = useState<MeetingErrors>({})
  const decisions = decisionsAt(detail.data?.case.state)
  const allowed = decisions.filter((d) => detail.data?.allowedEvents.includes(d.value))
  // The village's review is the case that waits at 'submitted'; only there is a meeting recorded.
  const villageReview = detail.data?.case.state === 'submitted'
  const notice = detail.data ? currentNotice(detail.data) : null
  // The server's `running` flag, not this phone's date: the server's clock is the one that counts.
  const waitUntil = notice?.running ? notice.closesOn : null

  const ask = (d: Decision) => {
    setError(null)
    const problem = d !== 'approve' && comment.trim().length === 0 ? '退回或不予支持时请写明理由' : fieldProblem(COMMENT, comment)
    if (problem) {
      setCommentError(problem)
      void Taro.pageScrollTo({ selector: '#decide-comment', duration: 200 })
      return
    }
    setCommentError(undefined)
    if (villageReview && NEEDS_MEETING.includes(d)) {
      const parsed = meetingInputOf(meeting, today)
      if ('errors' in parsed) {
        setMeetingErrors(parsed.errors)
        void Taro.pageScrollTo({ selector: '#meeting-card', duration: 200 })
        return
      }
    }
    setMeetingErrors({})
    setPending(d)
  }

  const intent = useIntent()
  const decide = async () => {
    if (!pending) return
    const decision = pending
    setPending(null)
    setBusy(true)
    try {
      const parsed = villageReview && NEEDS_MEETING.includes(decision) ? meetingInputOf(meeting, today) : null
      const input = {
        caseId,
        decision,
        comment: comment.trim(),
        ...(parsed && 'meeting' in parsed ? { meeting: parsed.meeting } : {}),
      }
      // A retry after a lost reply carries the same request id, so the server answers with the first decision.
      setDone(await call(reviewApi.decide, input, { requestId: intent.idFor(input) }))
      intent.done()
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
      // Approval opens a publicity notice; show it with the new state.
      void detail.reload()
    } catch (e) {
      setError(messageOf(e))
      setCommentError(fieldErrorsOf(e).comment)
      setMeetingErrors(meetingErrorsOf(e))
    } finally {
      setBusy(false)
    }
  }

  const chosen = decisions.find((d) => d.value === pending)

  const showBar = !!detail.data && !done && allowed.length > 0
  // A case past the reviews may still wait on this official: a milestone of the works to record.
  const works = detail.data ? milestonesFor(me.data?.role, detail.data.case, detail.data.allowedEvents) : []
  const hint = commentError ?? (comment ? fieldProblem(COMMENT, comment) : undefined)

  return (
    <Screen title='审核申请' className={showBar ? `review--with-bar${allowed.length > 2 ? ' review--tall-bar' : ''}` : undefined}>
      {detail.loading && !detail.data ? <Loading /> : null}
      {detail.error ? (
        <Notice tone='bad' id='review-error' onRetry={detail.reload}>
          {detail.error}
        </Notice>
      ) : null}
      {detail.data ? (
        <View className='stack'>
          {done ? (
            <Card title='已办理'>
              <Notice tone='ok' id='decide-done'>
                办理完成，当前状态：{statusLabel(done, today)}
              </Notice>
              <View className='review__gap' />
              <BigButton id='decide-back' onClick={() => Taro.redirectTo({ url: link('inbox') })}>
                返回待办
              </BigButton>
            </Card>
          ) : null}
          <Card title={detail.data.case.applicantName} id='review-summary'>
            <View className='review__headline'>
              <Badge tone='info' id='review-state'>
                {statusLabel(done ?? detail.data.case, today)}
              </Badge>
              <Text className='muted'>
                {detail.data.household.villageName} · {MODE_LABEL[detail.data.case.mode]}
              </Text>
            </View>
            <Text className='review__reason'>{detail.data.case.reason}</Text>
          </Card>
          <CaseObjections caseId={caseId} open={(done ?? detail.data.case).openObjections} />
          <HouseRecord detail={detail.data} />
          <CasePhotos caseId={caseId} photoIds={detail.data.case.photoIds} />
          {showBar && villageReview ? (
            <MeetingFormCard
              form={meeting}
              errors={meetingErrors}
              today={today}
              onChange={(f) => {
                setMeeting(f)
                setMeetingErrors({})
              }}
            />
          ) : null}
          {showBar ? (
            <Card title='审核意见'>
              <Field name='decide-comment' label='意见' hint='退回或不予支持时必须写明理由' error={hint}>
                <LimitedText
                  id='decide-comment'
                  value={comment}
                  onChange={(v) => {
                    setComment(v)
                    setCommentError(undefined)
                  }}
                  max={COMMENT_MAX}
                  invalid={!!hint}
                  placeholder='写下审核意见'
                />
              </Field>
            </Card>
          ) : !done && detail.data.planOptions ? (
            <Card title='改造方案'>
              <Notice id='decide-plan'>县级已审批，等待确定改造方案。乡镇可以征求农户意见后代为确定。</Notice>
              <View className='review__gap' />
              <BigButton id='decide-plan-open' onClick={() => Taro.navigateTo({ url: link('plan', { caseId }) })}>
                {detail.data.case.plan ? '修改改造方案' : '代农户确定改造方案'}
              </BigButton>
            </Card>
          ) : !done && works.length === 0 ? (
            <Notice id='decide-none'>这份申请目前不需要您审核。</Notice>
          ) : null}
          <WorksMilestones detail={detail.data} role={me.data?.role} onRecorded={() => void detail.reload()} />
          <CaseDetailView
            detail={done && detail.data.case.updatedAt < done.updatedAt ? { ...detail.data, case: done } : detail.data}
          />
        </View>
      ) : null}
      {showBar ? <DecisionBar decisions={allowed} busy={busy} waitUntil={waitUntil} error={error} onPick={ask} /> : null}
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

/** Field hints from the server's refusal of the meeting record (`issues` with paths ['meeting', field]). */
function meetingErrorsOf(e: unknown): MeetingErrors {
  const details = (e as { details?: { issues?: { path?: unknown[]; message?: string }[] } }).details
  const out: MeetingErrors = {}
  for (const issue of details?.issues ?? []) {
    const [head, field] = issue.path ?? []
    if (head === 'meeting' && typeof field === 'string' && issue.message) out[field as keyof MeetingErrors] = issue.message
  }
  return out
}
