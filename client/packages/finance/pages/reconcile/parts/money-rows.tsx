import type { FundsRow } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { InfoRow } from '../../../../../components/info-row'
import { signedFen } from '../../../../../utils/funds'

type Figures = Omit<FundsRow, 'township' | 'townshipName' | 'fundingSource'>

/** The same nine lines for a township's source and for the county's total, so the eye compares like with like. */
export function MoneyRows({ row, id }: { row: Figures; id: string }) {
  return (
    <>
      <InfoRow label='户数' id={`${id}-households`}>{`${row.households} 户`}</InfoRow>
      <InfoRow label='应补助' id={`${id}-committed`}>
        {formatFen(row.committedFen)}
      </InfoRow>
      <InfoRow label='已下达' id={`${id}-allocated`}>
        {signedFen(row.allocatedFen)}
      </InfoRow>
      <InfoRow label='已到账' id={`${id}-paid`}>
        {formatFen(row.paidFen)}
      </InfoRow>
      <InfoRow label='待支付' id={`${id}-due`}>
        {formatFen(row.dueFen)}
      </InfoRow>
      <InfoRow label='支付中' id={`${id}-in-batch`}>
        {formatFen(row.inBatchFen)}
      </InfoRow>
      <InfoRow label='失败' id={`${id}-failed`}>
        {formatFen(row.failedFen)}
      </InfoRow>
      <InfoRow label='未到节点' id={`${id}-held`}>
        {signedFen(row.heldFen)}
      </InfoRow>
      <InfoRow label='待追回' id={`${id}-recovery`}>
        {formatFen(row.recoveryFen)}
      </InfoRow>
    </>
  )
}
