import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { hazardApi } from '@shared/api/hazard.api'
import { link, paramsOf } from '@shared/routes'
import { Card } from '../../../../components/card'
import { InfoRow } from '../../../../components/info-row'
import { PagedList } from '../../../../components/paged-list'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { VillagePicker } from '../../../../components/village-picker'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { chineseDate } from '../../../../utils/format'

/** A village's reports as the public sees them: moderated text and photos, never who reported. */
export default function HazardBoard() {
  const { regionPath } = paramsOf('hazardBoard', useRouter().params)
  const list = usePaged(
    (after) =>
      regionPath ? call(hazardApi.publicList, { regionPath, after, limit: 10 }) : Promise.resolve({ items: [], next: null }),
    [regionPath],
  )
  return (
    <Screen title='隐患反映公示' isPublic>
      <View className='stack'>
        {!regionPath ? (
          <>
            <Notice id='hazard-board-no-village'>请选择要查看的村庄。</Notice>
            <VillagePicker
              idPrefix='hazard-board-place'
              value={null}
              onChange={(path) => Taro.redirectTo({ url: link('hazardBoard', { regionPath: path }) })}
            />
          </>
        ) : null}
        <PagedList
          id='hazard-board'
          list={list}
          empty={regionPath ? <Notice id='hazard-board-empty'>本村暂无反映。</Notice> : null}
          renderItem={(r) => (
            <Card
              id={`hazard-board-${r.id}`}
              title={`${r.villageName} · ${r.categoryLabel}`}
              extra={<Badge tone={r.status === 'resolved' ? 'ok' : 'info'}>{r.statusLabel}</Badge>}
            >
              <Text>{r.description}</Text>
              <InfoRow label='反映日期'>{chineseDate(r.reportedOn)}</InfoRow>
              <InfoRow label='照片'>{`${r.photos.length}张${r.photos.some((p) => p.blurred) ? '（部分已模糊处理）' : ''}`}</InfoRow>
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}
