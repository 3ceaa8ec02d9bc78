import { Text } from '@tarojs/components'
import type * as z from 'zod'
import type { DifferenceLine } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'
import { Badge } from '../../../../../components/state-badge'

type Difference = z.infer<typeof DifferenceLine>

const KIND_LABEL: Record<Difference['kind'], string> = {
  overspent: '超额支付',
  allocated_counter: '下达数不符',
  paid_counter: '到账数不符',
  receipts: '回单不符',
  recovery: '待追回',
}

/** One household whose money does not add up: what is wrong, by how much, and the payment lines to look at. */
export function DifferenceCard({ item, townshipName }: { item: Difference; townshipName: string }) {
  return (
    <Card
      id={`reconcile-diff-${item.caseId}-${item.kind}`}
      title={item.caseNo}
      extra={<Badge tone={item.kind === 'recovery' ? 'warn' : 'bad'}>{KIND_LABEL[item.kind]}</Badge>}
    >
      <Text className='reconcile__message'>{item.message}</Text>
      <InfoRow label='乡镇'>{townshipName}</InfoRow>
      <InfoRow label='金额'>{formatFen(item.fen)}</InfoRow>
      <InfoRow label='相关款项'>{item.lineIds.length > 0 ? item.lineIds.join('、') : '无'}</InfoRow>
    </Card>
  )
}
