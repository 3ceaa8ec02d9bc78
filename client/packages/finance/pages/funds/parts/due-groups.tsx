import { Text, View } from '@tarojs/components'
import type * as z from 'zod'
import type { DueGroup } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { PAYMENT_STAGE_LABEL } from '@shared/schemas/payment'
import { Card } from '../../../../../components/card'
import { Badge } from '../../../../../components/state-badge'

type Props = { groups: readonly z.infer<typeof DueGroup>[] }

/** The payments waiting for a bank batch, by township and stage; the ones the bank refused are marked to pay again. */
export function DueGroups({ groups }: Props) {
  return (
    <Card title='待支付款项' id='funds-due-groups'>
      {groups.map((g) => {
        const id = `funds-due-${g.township}-${g.stage}-${g.status}`
        return (
          <View key={id} id={id} className='funds__result'>
            <View className='pick__top'>
              <Text className='pick__name'>{g.townshipName}</Text>
              <Text className='pick__amount'>{formatFen(g.totalFen)}</Text>
            </View>
            <View className='funds__badges'>
              <Text className='pick__line'>{`${PAYMENT_STAGE_LABEL[g.stage]} · ${g.count} 笔`}</Text>
              {g.status === 'failed' ? <Badge tone='bad'>上次支付失败</Badge> : null}
            </View>
            <Text className='pick__line'>{`最早 ${g.earliestDueOn} 到期`}</Text>
          </View>
        )
      })}
    </Card>
  )
}
