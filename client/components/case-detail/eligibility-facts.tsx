import { View } from '@tarojs/components'
import type { Application } from '@shared/schemas/application'
import { FUNDING_SOURCE_LABEL } from '@shared/schemas/payment'
import { Card } from '../card'
import { InfoRow } from '../info-row'
import { Notice } from '../notice'

const FLAG_TEXT: Record<Application['flags'][number]['kind'], string> = {
  id_in_other_household: '同一身份证号登记在本县另一户',
  id_in_other_open_case: '同一身份证号出现在本县另一件在办申请中',
}

/**
 * Issue 9: who filed (代为申请 and why), where the money comes from under the no-double-benefit rule, a re-inclusion,
 * and persons listed twice in the county (the server sends those to officials only).
 */
export function EligibilityFacts({ c }: { c: Application }) {
  const any = c.proxy || c.fundingSource || c.reinclusion || c.flags.length > 0
  if (!any) return null
  return (
    <Card title='资格与资金'>
      {c.flags.length > 0 ? (
        <View className='stack' id='case-flags'>
          {c.flags.map((f) => (
            <Notice key={`${f.kind}-${f.otherHouseholdId}-${f.idNumberMasked}`} tone='warn'>
              {`${FLAG_TEXT[f.kind]}：${f.idNumberMasked}（户 ${f.otherHouseholdId}${f.otherCaseId ? `，案件 ${f.otherCaseId}` : ''}），请乡镇和县核实`}
            </Notice>
          ))}
        </View>
      ) : null}
      {c.proxy ? (
        <InfoRow label='代为申请' id='case-proxy'>
          {`${c.proxy.officialName}：${c.proxy.reason}`}
        </InfoRow>
      ) : null}
      {c.fundingSource ? (
        <InfoRow label='资金来源' id='case-funding'>
          {FUNDING_SOURCE_LABEL[c.fundingSource]}
        </InfoRow>
      ) : null}
      {c.fundingReason ? (
        <InfoRow label='原因' id='case-funding-reason'>
          {c.fundingReason}
        </InfoRow>
      ) : null}
      {c.reinclusion ? (
        <InfoRow label='再次纳入' id='case-reinclusion'>
          {c.reinclusion.reason}
        </InfoRow>
      ) : null}
    </Card>
  )
}
