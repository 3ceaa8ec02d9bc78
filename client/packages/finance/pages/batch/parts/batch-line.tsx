import { Text, View } from '@tarojs/components'
import type { Disbursement } from '@shared/schemas/funds'
import { formatFen } from '@shared/domain/money'
import { DISBURSEMENT_STATUS_LABEL } from '@shared/schemas/funds'
import { PAYMENT_STAGE_LABEL } from '@shared/schemas/payment'
import { Badge } from '../../../../../components/state-badge'

const TONE = { due: 'warn', in_batch: 'info', paid: 'ok', failed: 'bad', cancelled: 'info' } as const

/**
 * One payment of the batch. The screen shows the masked account only: the full number the answer carries is for the
 * bank file, and a phone's screen is seen by whoever stands beside it.
 */
export function BatchLine({ line }: { line: Disbursement }) {
  const id = `batch-line-${line._id}`
  return (
    <View className='batch__line' id={id}>
      <View className='batch__top'>
        <Text className='batch__name'>{line.payee?.name ?? '收款人未登记'}</Text>
        <Text className='batch__amount'>{formatFen(line.amountFen)}</Text>
      </View>
      <Text className='batch__note' id={`${id}-account`}>
        {line.payee ? `${line.payee.bank} ${line.payee.accountMasked}` : '未登记账户'}
      </Text>
      <View className='batch__badges'>
        <Text className='batch__note'>{`${PAYMENT_STAGE_LABEL[line.stage]} · ${line.caseNo}`}</Text>
        <Badge tone={TONE[line.status]} id={`${id}-status`}>
          {DISBURSEMENT_STATUS_LABEL[line.status]}
        </Badge>
      </View>
      {line.failReason ? <Text className='batch__fail' id={`${id}-fail`}>{`银行退回：${line.failReason}`}</Text> : null}
    </View>
  )
}
