import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '@shared/api/views'
import { formatFen } from '@shared/domain/money'
import { latestGrade } from '@shared/domain/house-record'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { MODE_LABEL } from '@shared/schemas/application'
import { useToday } from '../../hooks/useToday'
import { TARGET_GROUP_LABEL } from '@shared/schemas/household'
import { PAYMENT_STAGE_LABEL } from '@shared/schemas/payment'
import { AgreementLink } from '../agreement-link'
import { Card } from '../card'
import { InfoRow } from '../info-row'
import { Badge, StateBadge } from '../state-badge'
import { Timeline } from '../timeline'
import { chineseDate } from '../../utils/format'
import { EligibilityFacts } from './eligibility-facts'
import './index.scss'

const GRADE_NOTE: Record<string, string> = {
  A: 'A级（安全）',
  B: 'B级（基本安全）',
  C: 'C级（局部危险）',
  D: 'D级（整体危险）',
}

/** Everything about one case that the farmer and the officials both read: used by 申请详情 and 审核. */
export function CaseDetailView({ detail }: { detail: CaseDetail }) {
  const { case: c, household, house, payments, notices } = detail
  const today = useToday()
  const grade = house ? latestGrade(house) : null
  const remaining = c.subsidyCapFen === null ? null : Math.max(0, c.subsidyCapFen - c.paidFen)

  return (
    <View className='stack'>
      <Card title={`编号 ${c.caseNo}`} extra={<StateBadge state={c.state} id='case-state' label={statusLabel(c, today)} />}>
        <InfoRow label='申请人'>{c.applicantName}</InfoRow>
        <InfoRow label='所在村'>{household.villageName}</InfoRow>
        <InfoRow label='家庭人口'>{household.size} 人</InfoRow>
        <InfoRow label='保障类别'>{TARGET_GROUP_LABEL[c.targetGroup]}</InfoRow>
        <InfoRow label='改造方式'>{MODE_LABEL[c.mode]}</InfoRow>
        <InfoRow label='申请理由'>{c.reason}</InfoRow>
        {c.appliedBy === 'village' ? <InfoRow label='申请方式'>村委会代为申请</InfoRow> : null}
      </Card>

      <Card title='房屋'>
        {house ? (
          <View>
            <InfoRow label='地址'>{house.address}</InfoRow>
            <InfoRow label='面积'>{house.floorAreaM2} 平方米</InfoRow>
            <InfoRow label='鉴定等级' id='case-grade'>
              {grade ? `${GRADE_NOTE[grade.grade] ?? grade.grade}，${chineseDate(grade.on)}鉴定` : '尚未鉴定'}
            </InfoRow>
          </View>
        ) : (
          <Text>无房户（没有自有住房）</Text>
        )}
      </Card>

      <EligibilityFacts c={c} />

      <Card title='补助'>
        <InfoRow label='补助上限' id='case-cap'>
          {c.subsidyCapFen === null ? '县级审批后核定' : formatFen(c.subsidyCapFen)}
        </InfoRow>
        <InfoRow label='已拨付' id='case-paid'>
          {formatFen(c.paidFen)}
        </InfoRow>
        {remaining !== null ? (
          <InfoRow label='尚未拨付' id='case-remaining'>
            {formatFen(remaining)}
          </InfoRow>
        ) : null}
        {household.accountMasked ? <InfoRow label='到账账户'>{household.accountMasked}</InfoRow> : null}
      </Card>

      <AgreementLink caseId={c._id} state={c.state} />

      <Card title='办理进度'>
        <Timeline history={c.history} />
      </Card>

      {payments.length > 0 ? (
        <Card title='拨付记录'>
          {payments.map((p) => (
            <View key={p._id} className='case-detail__row' id={`case-payment-item-${p._id}`}>
              <Text className='case-detail__money'>{formatFen(p.amountFen)}</Text>
              <Text>
                {PAYMENT_STAGE_LABEL[p.stage]} · {chineseDate(p.paidOn)}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}

      {notices.length > 0 ? (
        <Card title='公示'>
          {notices.map((n) => (
            <View key={n._id} className='case-detail__row' id={`case-notice-item-${n._id}`}>
              <View className='case-detail__line'>
                <Text className='case-detail__strong'>{n.stageLabel}</Text>
                <Badge tone={n.running ? 'warn' : 'info'}>{n.running ? '公示中' : '已结束'}</Badge>
              </View>
              <Text>
                {chineseDate(n.opensOn)} 至 {chineseDate(n.closesOn)}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
    </View>
  )
}
