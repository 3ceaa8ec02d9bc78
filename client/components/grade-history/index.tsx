import { Text, View } from '@tarojs/components'
import type { House } from '@shared/schemas/house'
import { chineseDate } from '../../utils/format'
import { historyOf } from '../../utils/grade-history'
import './index.scss'

export function GradeHistory({ house, id }: { house: Pick<House, 'grades' | 'safetyProofs'>; id: string }) {
  const lines = historyOf(house)
  if (lines.length === 0) return <Text className='muted'>还没有鉴定记录。</Text>
  return (
    <View className='grade-history' id={id}>
      {lines.map((l, i) => (
        <View key={l.key} className={`grade-history__line grade-history__line--${l.tone}`} id={`${id}-${i}`}>
          <Text className='grade-history__date'>{chineseDate(l.on)}</Text>
          <Text className='grade-history__what'>{l.what}</Text>
          <Text className='grade-history__by'>{l.by}</Text>
        </View>
      ))}
    </View>
  )
}
