import { Text, View } from '@tarojs/components'
import type { ObjectionItem } from '@shared/api/objections.api'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'
import { Badge } from '../../../../../components/state-badge'
import { chineseDate } from '../../../../../utils/format'
import './objection-card.scss'

/** Who objected, in the words the official may see: a name and phone, or 匿名, or nothing for the village. */
export function objectorText(o: ObjectionItem): string {
  if (o.anonymous) return '匿名'
  if (!o.objector) return '实名（由乡镇核实）'
  const name = o.objector.name ?? '微信用户'
  return o.objector.phone ? `${name}（${o.objector.phone}）` : name
}

type Props = { item: ObjectionItem; id: string; onOpen?: () => void }

/** One objection: whose notice, the reason, who raised it, and how long the window still runs. */
export function ObjectionCard({ item: o, id, onOpen }: Props) {
  return (
    <Card
      id={id}
      title={`${o.villageName} ${o.maskedName}`}
      onClick={onOpen}
      extra={
        <Badge tone={o.state === 'open' ? 'warn' : 'info'} id={`${id}-state`}>
          {o.stateLabel}
        </Badge>
      }
    >
      <InfoRow label='公示内容'>{o.stageLabel}</InfoRow>
      <InfoRow label='提出人'>{objectorText(o)}</InfoRow>
      <InfoRow label='提出日期'>{chineseDate(o.raisedOn)}</InfoRow>
      <Text className='objection-card__reason'>{o.reason}</Text>
      {o.photoIds.length > 0 ? <Text className='muted'>{`附照片 ${o.photoIds.length} 张`}</Text> : null}
      <View className='objection-card__window' id={`${id}-window`}>
        <Text>
          {o.workingDaysLeft > 0
            ? `公示至 ${chineseDate(o.closesOn)}，还剩 ${o.workingDaysLeft} 个工作日`
            : `公示已于 ${chineseDate(o.closesOn)} 结束，案件待异议处理`}
        </Text>
      </View>
      {o.resolution ? (
        <Text className='objection-card__answer' id={`${id}-answer`}>
          {`${o.resolution.byName}（${chineseDate(o.resolution.on)}）${o.resolution.outcomeLabel ? `${o.resolution.outcomeLabel}：` : '：'}${o.resolution.text}`}
        </Text>
      ) : null}
    </Card>
  )
}
