import { Text, View } from '@tarojs/components'
import { publicityApi } from '@shared/api/publicity.api'
import { Card } from '../../components/card'
import { InfoRow } from '../../components/info-row'
import { Notice } from '../../components/notice'
import { PagedList } from '../../components/paged-list'
import { Badge } from '../../components/state-badge'
import { usePaged } from '../../hooks/usePaged'
import { call } from '../../services/call'
import { chineseDate } from '../../utils/format'
import './index.scss'
import { Screen } from '../../components/screen'

/** The village publicity board (公示栏): masked names and results, open to everyone. */
export default function Board() {
  const list = usePaged((after) => call(publicityApi.board, { after, limit: 10 }))

  return (
    <Screen title='公示栏' isPublic>
      <View className='stack'>
        <Notice>以下农户的审核结果正在或已经公示。公示期内如有异议，请向村委会或乡镇反映。</Notice>
        <PagedList
          id='board'
          list={list}
          empty={<Notice id='board-empty'>目前没有公示。</Notice>}
          renderItem={(n) => (
            <Card
              id={`board-item-${n._id}`}
              title={`${n.villageName} ${n.maskedName}`}
              extra={
                <Badge tone={n.running ? 'warn' : 'info'} id={`board-item-${n._id}-status`}>
                  {n.running ? '公示中' : '已结束'}
                </Badge>
              }
            >
              <InfoRow label='公示内容'>{n.stageLabel}</InfoRow>
              {n.summary ? <Text className='board__summary'>{n.summary}</Text> : null}
              <View className='board__period' id={`board-item-${n._id}-period`}>
                <Text className='muted'>公示期</Text>
                <Text className='board__dates'>
                  {chineseDate(n.opensOn)} 至 {chineseDate(n.closesOn)}
                </Text>
              </View>
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}
