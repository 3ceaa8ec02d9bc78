import { Text, View } from '@tarojs/components'
import type { HistoryEntry } from '@shared/schemas/application'
import { ROLE_LABEL } from '@shared/schemas/user'
import { EVENT_LABEL, STATE_LABEL } from '@shared/domain/workflow/labels'
import './index.scss'

/** The case's history, newest at the top, as a vertical line of dots. */
export function Timeline({ history }: { history: readonly HistoryEntry[] }) {
  const entries = [...history].reverse()
  return (
    <View className='timeline' id='case-timeline'>
      {entries.map((h, i) => (
        <View key={`${h.at}-${h.to}-${h.actorId}`} className={`timeline__item${i === 0 ? ' timeline__item--now' : ''}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__state'>{STATE_LABEL[h.to]}</Text>
            <Text className='timeline__who'>
              {ROLE_LABEL[h.actorRole]} {h.actorName} · {EVENT_LABEL[h.event]}
            </Text>
            {h.comment ? <Text className='timeline__comment'>意见：{h.comment}</Text> : null}
            <Text className='timeline__date'>{h.on}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
