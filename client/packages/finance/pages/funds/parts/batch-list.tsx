import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { fundsApi } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { link } from '@shared/routes'
import { BATCH_STATUS_LABEL } from '@shared/schemas/funds'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'
import { Notice } from '../../../../../components/notice'
import { PagedList } from '../../../../../components/paged-list'
import { Badge } from '../../../../../components/state-badge'
import { usePaged } from '../../../../../hooks/usePaged'
import { call } from '../../../../../services/call'
import { dayOf } from '../../../../../utils/format'
import { BATCH_TONE } from '../../../../../utils/funds'

/** 批次: the county's bank batches, newest first; a tap opens one to approve, export or close it. */
export function BatchList() {
  const list = usePaged((after) => call(fundsApi.batches, { after, limit: 20 }))
  return (
    <View className='stack' id='funds-batches'>
      <PagedList
        id='funds-batches'
        list={list}
        empty={<Notice id='funds-batches-empty'>还没有银行批次。</Notice>}
        renderItem={(b) => (
          <Card
            id={`funds-batch-${b._id}`}
            title={b.batchNo}
            extra={<Badge tone={BATCH_TONE[b.status]}>{BATCH_STATUS_LABEL[b.status]}</Badge>}
            onClick={() => Taro.navigateTo({ url: link('batch', { batchId: b._id }) })}
          >
            <InfoRow label='笔数'>{`${b.lineCount} 笔`}</InfoRow>
            <InfoRow label='金额'>{formatFen(b.totalFen)}</InfoRow>
            <InfoRow label='生成'>{`${b.makerName} ${dayOf(b.createdAt)}`}</InfoRow>
          </Card>
        )}
      />
    </View>
  )
}
