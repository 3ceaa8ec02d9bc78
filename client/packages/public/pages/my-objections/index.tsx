import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { publicityApi } from '@shared/api/publicity.api'
import { link } from '@shared/routes'
import { Card } from '../../../../components/card'
import { InfoRow } from '../../../../components/info-row'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { chineseDate } from '../../../../utils/format'
import './index.scss'

/** The objections I raised and the township's written answer to each; the notice is a tap away. */
export default function MyObjections() {
  const list = usePaged((after) => call(publicityApi.myObjections, { after, limit: 20 }))

  return (
    <Screen title='我提出的异议' isPublic>
      <View className='stack'>
        <PagedList
          id='my-objections'
          list={list}
          empty={<Notice id='my-objections-empty'>您还没有提出过异议。在公示栏点开一条公示即可提出。</Notice>}
          renderItem={(o) => (
            <Card
              id={`my-objection-${o._id}`}
              title={`${o.villageName} ${o.maskedName}`}
              onClick={() => void Taro.navigateTo({ url: link('notice', { noticeId: o.noticeId }) })}
              extra={
                <Badge
                  tone={o.state === 'open' ? 'warn' : o.state === 'upheld' ? 'ok' : 'info'}
                  id={`my-objection-${o._id}-state`}
                >
                  {o.stateLabel}
                </Badge>
              }
            >
              <InfoRow label='公示内容'>{o.stageLabel}</InfoRow>
              <InfoRow label='提出日期'>{`${chineseDate(o.raisedOn)}${o.anonymous ? '（匿名）' : ''}`}</InfoRow>
              <Text className='my-objections__reason'>{o.reason}</Text>
              {o.resolution ? (
                <View className='my-objections__answer' id={`my-objection-${o._id}-answer`}>
                  <Text className='my-objections__answer-head'>
                    乡镇处理意见（{chineseDate(o.resolution.on)}）
                    {o.resolution.outcomeLabel ? `：${o.resolution.outcomeLabel}` : ''}
                  </Text>
                  <Text className='my-objections__answer-text'>{o.resolution.text}</Text>
                </View>
              ) : (
                <Text className='muted'>乡镇正在核实，处理后会在这里写明理由。</Text>
              )}
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}
