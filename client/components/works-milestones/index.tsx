import { View } from '@tarojs/components'
import { useState } from 'react'
import { type Milestone, worksApi } from '@shared/api/works.api'
import type { CaseDetail } from '@shared/api/views'
import type { Role } from '@shared/schemas/user'
import { useIntent } from '../../hooks/useIntent'
import { messageOf } from '../../services/api-error'
import { call } from '../../services/call'
import { milestonesFor } from '@shared/domain/funds/milestones'
import { BigButton } from '../big-button'
import { Card } from '../card'
import { ConfirmDialog } from '../confirm-dialog'
import { Notice } from '../notice'

const BUTTON: Record<Milestone, string> = { start: '登记开工', structure: '登记主体完工', acceptance: '登记竣工验收' }
const CONFIRM: Record<Milestone, string> = {
  start: '确认今天登记开工？登记后乡镇可申请启动资金。',
  structure: '确认今天登记主体完工？登记后主体完工进度款到期。',
  acceptance: '确认今天登记竣工验收？登记后竣工验收进度款到期，再由财政结算。',
}

type Props = { detail: CaseDetail; role: Role | null | undefined; onRecorded: () => void }

/** The works' milestones, each recorded on the day: the payments of its stage fall due from it. */
export function WorksMilestones({ detail, role, onRecorded }: Props) {
  const [asking, setAsking] = useState<Milestone | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<Milestone | null>(null)
  const intent = useIntent()
  const caseId = detail.case._id
  const open = milestonesFor(role, detail.case, detail.allowedEvents)

  const record = async (milestone: Milestone) => {
    setAsking(null)
    setBusy(true)
    setError(null)
    const input = { caseId, milestone, comment: '' }
    try {
      await call(worksApi.record, input, { requestId: intent.idFor(input) })
      intent.done()
      setDone(milestone)
      onRecorded()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  if (open.length === 0 && !done) return null
  return (
    <Card title='工程进度' id='works'>
      <View className='stack'>
        {done ? <Notice tone='ok' id='works-done'>{`已${BUTTON[done]}。`}</Notice> : null}
        {error ? (
          <Notice tone='bad' id='works-error'>
            {error}
          </Notice>
        ) : null}
        {open.map((m) => (
          <BigButton key={m} id={`works-${m}`} loading={busy} onClick={() => setAsking(m)}>
            {BUTTON[m]}
          </BigButton>
        ))}
      </View>
      <ConfirmDialog
        id='works-confirm'
        visible={asking !== null}
        title={asking ? BUTTON[asking] : ''}
        text={asking ? CONFIRM[asking] : ''}
        onOk={() => asking && void record(asking)}
        onCancel={() => setAsking(null)}
      />
    </Card>
  )
}
