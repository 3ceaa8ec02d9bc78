import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { objectionsApi } from '@shared/api/objections.api'
import { link } from '@shared/routes'
import { Card } from '../../../../../components/card'
import { Notice } from '../../../../../components/notice'
import { useRemote } from '../../../../../hooks/useRemote'
import { call } from '../../../../../services/call'
import { ObjectionCard } from '../../objections/parts/objection-card'

/** The objections raised against this case's notices; an open one holds the case, so it comes first on the page. */
export function CaseObjections({ caseId, open }: { caseId: string; open: number }) {
  const list = useRemote(() => call(objectionsApi.objections, { caseId, limit: 50 }), [caseId, open])
  const items = list.data?.items ?? []
  if (items.length === 0 && !list.error) return null
  return (
    <Card title={`公示异议（${open} 条待处理）`} id='review-objections'>
      {list.error ? (
        <Notice tone='bad' onRetry={list.reload}>
          {list.error}
        </Notice>
      ) : null}
      {open > 0 ? <Text className='muted'>有异议尚未处理，处理完之前这份申请不能继续办理。</Text> : null}
      <View className='stack'>
        {items.map((o) => (
          <ObjectionCard
            key={o._id}
            id={`review-objection-${o._id}`}
            item={o}
            onOpen={() => void Taro.navigateTo({ url: link('objection', { objectionId: o._id, caseId }) })}
          />
        ))}
      </View>
    </Card>
  )
}
