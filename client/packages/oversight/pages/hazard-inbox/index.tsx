import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { link } from '@shared/routes'
import { Card } from '../../../../components/card'
import { InfoRow } from '../../../../components/info-row'
import { PagedList } from '../../../../components/paged-list'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { chineseDate } from '../../../../utils/format'

/** Open reports of the official's place, the one waiting longest first, overdue verifications flagged. */
export default function HazardInbox() {
  const list = usePaged((after) => call(hazardOversightApi.inbox, { after, limit: 20 }))
  return (
    <Screen title='隐患反映待办'>
      <View className='stack'>
        <PagedList
          id='hazard-inbox'
          list={list}
          empty={<Notice id='hazard-inbox-empty'>没有待处理的反映。</Notice>}
          renderItem={(r) => (
            <Card
              id={`hazard-inbox-${r.id}`}
              title={`${r.villageName} · ${r.categoryLabel}`}
              extra={<Badge tone={r.overdue ? 'bad' : 'info'}>{r.overdue ? '核实超期' : r.statusLabel}</Badge>}
              // The whole card opens the report: a tap target as big as the card, for a busy official in the field.
              onClick={() => Taro.navigateTo({ url: link('hazard', { reportId: r.id }) })}
            >
              <Text>{r.descriptionAsTyped}</Text>
              <InfoRow label='反映日期'>{chineseDate(r.reportedOn)}</InfoRow>
              <InfoRow label='核实期限'>{chineseDate(r.verifyBy)}</InfoRow>
              <InfoRow label='反映人'>{r.anonymous ? '匿名' : (r.reporterName ?? '未登记用户')}</InfoRow>
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}
