import { Text, View } from '@tarojs/components'
import type { PublicNotice } from '@shared/api/views'
import { formatFen } from '@shared/domain/money'
import { chineseDate } from '../../utils/format'
import { Card } from '../card'
import { InfoRow } from '../info-row'
import { Badge } from '../state-badge'
import './index.scss'

/** "还剩3个工作日" while it runs, "已结束" after; the end date is always beside it. */
export function countdownText(n: Pick<PublicNotice, 'running' | 'workingDaysLeft'>): string {
  if (!n.running) return '公示已结束'
  return n.workingDaysLeft > 0 ? `还剩 ${n.workingDaysLeft} 个工作日` : '今天截止'
}

type Props = { notice: PublicNotice; id: string; onOpen?: () => void }

/**
 * One notice as the public sees it (board and shared notice page): masked name, village, target group, grade,
 * mode and amount, the window with its end date and the working days left.
 */
export function NoticeCard({ notice: n, id, onOpen }: Props) {
  return (
    <Card
      id={id}
      title={`${n.villageName} ${n.maskedName}`}
      onClick={onOpen}
      extra={
        <Badge tone={n.running ? 'warn' : 'info'} id={`${id}-status`}>
          {n.running ? '公示中' : '已结束'}
        </Badge>
      }
    >
      <InfoRow label='公示内容'>{n.stageLabel}</InfoRow>
      {n.targetGroupLabel ? <InfoRow label='保障对象'>{n.targetGroupLabel}</InfoRow> : null}
      {n.gradeLabel ? <InfoRow label='住房情况'>{n.gradeLabel}</InfoRow> : null}
      {n.modeLabel ? <InfoRow label='改造方式'>{n.modeLabel}</InfoRow> : null}
      {n.amountFen !== null ? (
        <InfoRow label='补助标准' id={`${id}-amount`}>
          {`最高 ${formatFen(n.amountFen)}`}
        </InfoRow>
      ) : null}
      {!n.modeLabel && n.summary ? <Text className='notice-card__summary'>{n.summary}</Text> : null}
      <View className='notice-card__period' id={`${id}-period`}>
        <Text className='muted'>公示期</Text>
        <Text className='notice-card__dates'>
          {chineseDate(n.opensOn)} 至 {chineseDate(n.closesOn)}
        </Text>
        <Text className={`notice-card__left${n.running ? ' notice-card__left--running' : ''}`} id={`${id}-left`}>
          {countdownText(n)}
        </Text>
      </View>
    </Card>
  )
}
