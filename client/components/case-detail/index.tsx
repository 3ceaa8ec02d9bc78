import { imageAlt } from '../a11y'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CaseDetail } from '@shared/api/views'
import { formatFen } from '@shared/domain/money'
import { latestGrade } from '@shared/domain/house-record'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { type Application, MODE_LABEL, RESETTLEMENT_LABEL } from '@shared/schemas/application'
import { PAYEE_LABEL } from '@shared/domain/plan'
import { useRemote } from '../../hooks/useRemote'
import { casePhotos } from '../../services/photos'
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
      {c.villageReview ? <VillageMeeting c={c} review={c.villageReview} /> : null}

      {c.plan ? (
        <Card title='改造方案' id='case-plan-card'>
          <InfoRow label='方式'>{MODE_LABEL[c.plan.mode]}</InfoRow>
          {c.plan.areaM2 !== null ? <InfoRow label='主房面积'>{c.plan.areaM2} 平方米</InfoRow> : null}
          {c.plan.mode !== 'resettle' ? <InfoRow label='补助'>{formatFen(c.plan.subsidyFen)}</InfoRow> : null}
          {c.plan.startOn ? <InfoRow label='开工'>{chineseDate(c.plan.startOn)}</InfoRow> : null}
          {c.plan.finishBy ? <InfoRow label='竣工'>{chineseDate(c.plan.finishBy)}</InfoRow> : null}
          {c.plan.mode !== 'resettle' ? <InfoRow label='拨付给'>{PAYEE_LABEL[c.plan.payTo]}</InfoRow> : null}
          {c.plan.note ? <InfoRow label='备注'>{c.plan.note}</InfoRow> : null}
        </Card>
      ) : null}

      {c.resettlement ? (
        <Card title='放弃改造，安置' id='case-resettlement'>
          <InfoRow label='安置方式'>{RESETTLEMENT_LABEL[c.resettlement.kind]}</InfoRow>
          <InfoRow label='登记日期'>{chineseDate(c.resettlement.on)}</InfoRow>
          {c.resettlement.deadline ? (
            <InfoRow label='安置期限'>
              {`${chineseDate(c.resettlement.deadline)}${c.resettlement.onTime ? '（按期）' : '（已超期）'}`}
            </InfoRow>
          ) : null}
          {c.resettlement.note ? <InfoRow label='说明'>{c.resettlement.note}</InfoRow> : null}
        </Card>
      ) : null}

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

/** 村评议会议记录: when the village met, who came, how they voted, and the minutes photo (tap to enlarge). */
function VillageMeeting({ c, review }: { c: Application; review: NonNullable<Application['villageReview']> }) {
  const photo = useRemote(() => casePhotos(c._id, [review.minutesPhotoId]), [c._id, review.minutesPhotoId])
  const url = photo.data?.[0]?.url
  return (
    <Card title='村评议会议' id='case-meeting'>
      <InfoRow label='会议日期'>{chineseDate(review.meetingOn)}</InfoRow>
      <InfoRow label='到会人数'>{review.attendance} 人</InfoRow>
      <InfoRow label='表决' id='case-meeting-votes'>
        {`同意 ${review.votesFor} 票，反对 ${review.votesAgainst} 票`}
      </InfoRow>
      <InfoRow label='记录人'>{review.recordedByName}</InfoRow>
      {url ? (
        <Image
          id='case-meeting-photo'
          className='case-detail__minutes'
          src={url}
          mode='aspectFill'
          {...imageAlt('会议记录照片')}
          onClick={() => void Taro.previewImage({ current: url, urls: [url] })}
        />
      ) : null}
    </Card>
  )
}
