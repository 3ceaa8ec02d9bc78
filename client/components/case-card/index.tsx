import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { CaseSummary } from '@shared/api/views'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { MODE_LABEL } from '@shared/schemas/application'
import { useToday } from '../../hooks/useToday'
import { TARGET_GROUP_LABEL } from '@shared/schemas/household'
import { Card } from '../card'
import { InfoRow } from '../info-row'
import { StateBadge } from '../state-badge'

type Props = {
  id: string
  item: CaseSummary
  /** Officials see the applicant's name and village; the farmer sees the case number. */
  showApplicant?: boolean
  onClick?: () => void
  dim?: boolean
  children?: ReactNode
}

export function CaseCard({ id, item, showApplicant, onClick, dim, children }: Props) {
  const today = useToday()
  return (
    <Card
      id={id}
      onClick={onClick}
      dim={dim}
      title={showApplicant ? item.applicantName : item.caseNo}
      extra={<StateBadge state={item.state} label={statusLabel(item, today)} />}
    >
      <View>
        {showApplicant ? <InfoRow label='村'>{item.villageName}</InfoRow> : null}
        {showApplicant ? <InfoRow label='编号'>{item.caseNo}</InfoRow> : null}
        <InfoRow label='改造方式'>{MODE_LABEL[item.mode]}</InfoRow>
        <InfoRow label='保障类别'>{TARGET_GROUP_LABEL[item.targetGroup]}</InfoRow>
        <InfoRow label='申请日期'>{item.submittedOn}</InfoRow>
        {children}
        {onClick ? <Text className='muted'>点击查看详情 ›</Text> : null}
      </View>
    </Card>
  )
}
