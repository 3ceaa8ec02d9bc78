import type { Batch } from '@shared/schemas/funds'
import { formatFen } from '@shared/domain/money'
import { BATCH_STATUS_LABEL } from '@shared/schemas/funds'
import { PAYMENT_STAGE_LABEL } from '@shared/schemas/payment'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'
import { Badge } from '../../../../../components/state-badge'
import { beijingTime } from '../../../../../utils/format'
import { BATCH_TONE } from '../../../../../utils/funds'

/** Which batch, how many payments and how much, and who built and who approved it (two officers, never one). */
export function BatchHead({ batch: b }: { batch: Batch }) {
  return (
    <Card
      title={b.batchNo}
      id='batch-head'
      extra={
        <Badge tone={BATCH_TONE[b.status]} id='batch-status'>
          {BATCH_STATUS_LABEL[b.status]}
        </Badge>
      }
    >
      <InfoRow label='笔数' id='batch-count'>{`${b.lineCount} 笔`}</InfoRow>
      <InfoRow label='金额' id='batch-total'>
        {formatFen(b.totalFen)}
      </InfoRow>
      <InfoRow label='款项'>{b.filter.stage ? PAYMENT_STAGE_LABEL[b.filter.stage] : '全部款项'}</InfoRow>
      <InfoRow label='到期日'>{`${b.filter.dueBy} 及以前`}</InfoRow>
      <InfoRow label='生成人' id='batch-maker'>{`${b.makerName} ${beijingTime(b.createdAt)}`}</InfoRow>
      <InfoRow label='审核人' id='batch-approver'>
        {b.approverName ? `${b.approverName}${b.approvedAt ? ` ${beijingTime(b.approvedAt)}` : ''}` : '尚未审核'}
      </InfoRow>
      {b.exportedAt ? <InfoRow label='导出'>{beijingTime(b.exportedAt)}</InfoRow> : null}
      {b.paidCount + b.failedCount > 0 ? (
        <>
          <InfoRow label='已到账' id='batch-paid'>{`${b.paidCount} 笔，${formatFen(b.paidFen)}`}</InfoRow>
          <InfoRow label='支付失败' id='batch-failed'>{`${b.failedCount} 笔，${formatFen(b.failedFen)}`}</InfoRow>
        </>
      ) : null}
      {b.skippedCount > 0 ? (
        <InfoRow label='未放入' id='batch-skipped'>{`${b.skippedCount} 笔（收款人未登记账户，仍为待支付）`}</InfoRow>
      ) : null}
    </Card>
  )
}
