import { Text, View } from '@tarojs/components'
import { BigButton } from '../../../../../components/big-button'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'
import type { QueuedItem } from '../../../../../services/offline-queue'

type Props = {
  items: QueuedItem[]
  sending: boolean
  onSend: () => void
  onRetry: (requestId: string) => void
  onRemove: (requestId: string) => void
}

/** What is saved on the phone and not yet sent: shown until the server has it. */
export function WaitingList({ items, sending, onSend, onRetry, onRemove }: Props) {
  if (items.length === 0) return null
  return (
    <Card title={`待发送（${items.length}）`} id='inspect-waiting'>
      <Text className='muted'>这些记录保存在手机上，网络恢复后会自动发送，不会重复登记。</Text>
      {items.map((item) => (
        <View key={item.requestId} className='waiting__item' id={`waiting-${item.requestId}`}>
          <InfoRow label='房屋'>{item.label}</InfoRow>
          <InfoRow label='保存于'>{item.queuedAt.slice(0, 16).replace('T', ' ')}</InfoRow>
          {item.lastError ? <InfoRow label={item.refused ? '未被接受' : '上次发送'}>{item.lastError}</InfoRow> : null}
          {item.refused ? (
            <View className='waiting__actions'>
              <BigButton id={`waiting-retry-${item.requestId}`} kind='default' onClick={() => onRetry(item.requestId)}>
                再发一次
              </BigButton>
              <BigButton id={`waiting-remove-${item.requestId}`} kind='danger' onClick={() => onRemove(item.requestId)}>
                删除这条
              </BigButton>
            </View>
          ) : null}
        </View>
      ))}
      <BigButton id='inspect-send-now' loading={sending} onClick={onSend}>
        现在发送
      </BigButton>
    </Card>
  )
}
