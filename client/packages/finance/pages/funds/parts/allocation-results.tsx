import { Text, View } from '@tarojs/components'
import type { AllocationResult } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { Card } from '../../../../../components/card'
import { Notice } from '../../../../../components/notice'
import { sourceLine } from './source-line'

type Props = { items: readonly AllocationResult[]; allocatedFen: number }

/** What each household got, and in words why one got nothing, so finance knows whom to follow up. */
export function AllocationResults({ items, allocatedFen }: Props) {
  const none = items.filter((r) => r.amountFen === 0).length
  return (
    <Card title='下达结果' id='funds-allocated'>
      <Notice tone={none > 0 ? 'warn' : 'ok'} id='funds-allocated-total'>
        {`已下达 ${formatFen(allocatedFen)}，共 ${items.length - none} 户${none > 0 ? `；${none} 户未下达，原因见下` : ''}`}
      </Notice>
      {items.map((r) => (
        <View key={r.caseId} className='funds__result' id={`funds-allocated-${r.caseId}`}>
          <View className='pick__top'>
            <Text className='pick__name'>{r.caseNo}</Text>
            <Text className={r.amountFen > 0 ? 'pick__amount' : 'funds__none'}>
              {r.amountFen > 0 ? formatFen(r.amountFen) : '未下达'}
            </Text>
          </View>
          <Text className='pick__line'>{r.fundingSource ? sourceLine(r.fundingSource, r.reason) : r.reason}</Text>
          {r.linesDue > 0 ? <Text className='pick__line'>{`${r.linesDue} 笔款项已到支付节点，可生成批次`}</Text> : null}
        </View>
      ))}
    </Card>
  )
}
