import { Text, View } from '@tarojs/components'
import type { PaymentTimeline } from '@shared/api/payment.api'
import { STAGE_STATUS_LABEL } from '@shared/domain/funds/timeline'
import { formatFen } from '@shared/domain/money'
import { chineseDate } from '../../../utils/format'

/**
 * Each stage's money in the order it comes: how much it brings, whether it came (and when), is on its way, is owed
 * now or waits for its milestone. A stage that brings nothing under the county's shares is left out.
 */
export function StageTimeline({ id, timeline }: { id: string; timeline: PaymentTimeline }) {
  const shown = timeline.stages.filter((st) => st.expectedFen > 0 || st.receivedFen > 0)
  return (
    <View className='money__stages' id={`${id}-timeline`}>
      {shown.map((st) => (
        <View key={st.stage} className='money__stage' id={`${id}-stage-${st.stage}`}>
          <View className='money__stage-head'>
            <Text>{st.label}</Text>
            <Text className={st.status === 'received' ? 'money__done' : ''}>
              {formatFen(st.status === 'received' ? st.receivedFen : st.expectedFen)}
            </Text>
          </View>
          <Text className={st.status === 'received' ? 'money__done' : 'muted'}>
            {STAGE_STATUS_LABEL[st.status]}
            {st.on ? ` · ${chineseDate(st.on)}` : ''}
          </Text>
        </View>
      ))}
      <Text className='money__next' id={`${id}-to-come`}>
        {timeline.toComeFen > 0 ? `还将拨付 ${formatFen(timeline.toComeFen)}` : '补助已全部到账'}
      </Text>
    </View>
  )
}
