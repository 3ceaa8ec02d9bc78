import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { hazardApi, type MyHazard } from '@shared/api/hazard.api'
import { link, pathOf } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { InfoRow } from '../../../../components/info-row'
import { PagedList } from '../../../../components/paged-list'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { TextBox } from '../../../../components/text-box'
import { useIntent } from '../../../../hooks/useIntent'
import { usePaged } from '../../../../hooks/usePaged'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { chineseDate } from '../../../../utils/format'

/** Confirm the fix, or reopen with a reason. */
function ReporterActions({ r, onDone }: { r: MyHazard; onDone: () => void }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const intent = useIntent()
  const send = async (move: 'confirm' | 'reopen') => {
    const input = { reportId: r.id, move, ...(move === 'reopen' ? { reason } : {}) }
    setBusy(true)
    setError(null)
    try {
      await call(hazardApi.confirm, input, { requestId: intent.idFor(input) })
      intent.done()
      onDone()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  if (!r.canConfirm && !r.canReopen) return null
  return (
    <View className='stack'>
      {r.canConfirm ? (
        <BigButton id={`my-hazard-${r.id}-confirm`} loading={busy} onClick={() => send('confirm')}>
          确认已整改
        </BigButton>
      ) : null}
      {r.canReopen ? (
        <>
          <TextBox id={`my-hazard-${r.id}-reason`} value={reason} onChange={setReason} placeholder='仍有问题的，请说明原因' />
          <BigButton id={`my-hazard-${r.id}-reopen`} kind='default' loading={busy} onClick={() => send('reopen')}>
            重新反映
          </BigButton>
        </>
      ) : null}
      {error ? <Notice tone='bad'>{error}</Notice> : null}
    </View>
  )
}

/** The caller's own reports, anonymous ones too, with what happened to each. */
export default function MyHazards() {
  const list = usePaged((after) => call(hazardApi.mine, { after, limit: 10 }))
  return (
    <Screen title='我的反映' isPublic>
      <View className='stack'>
        <BigButton id='my-hazards-new' onClick={() => Taro.navigateTo({ url: pathOf('hazardReport') })}>
          反映新的隐患
        </BigButton>
        <PagedList
          id='my-hazards'
          list={list}
          empty={<Notice id='my-hazards-empty'>您还没有反映过问题。</Notice>}
          renderItem={(r) => (
            <Card
              id={`my-hazard-${r.id}`}
              title={`${r.reportNo} · ${r.categoryLabel}`}
              extra={<Badge tone={r.status === 'resolved' ? 'ok' : 'info'}>{r.statusLabel}</Badge>}
            >
              <Text>{r.description}</Text>
              <InfoRow label='村庄'>{r.villageName}</InfoRow>
              <InfoRow label='反映日期'>{chineseDate(r.reportedOn)}</InfoRow>
              <InfoRow label='方式'>{r.anonymous ? '匿名' : '实名'}</InfoRow>
              {r.history.slice(1).map((h) => (
                <Text key={h.at} className='muted'>{`${h.at.slice(0, 10)} ${h.reason}`}</Text>
              ))}
              <ReporterActions r={r} onDone={list.reload} />
              <BigButton
                id={`my-hazard-${r.id}-board`}
                kind='default'
                onClick={() => Taro.navigateTo({ url: link('hazardBoard', { regionPath: r.regionPath }) })}
              >
                看本村公示
              </BigButton>
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}
