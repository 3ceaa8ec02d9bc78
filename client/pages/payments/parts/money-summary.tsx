import { Text, View } from '@tarojs/components'
import type { PaymentSummary, PaymentTimeline } from '@shared/api/payment.api'
import { formatFen } from '@shared/domain/money'
import { MODE_LABEL } from '@shared/schemas/application'
import { PAYMENT_STAGE_LABEL, type PaymentStage } from '@shared/schemas/payment'
import { stillToComeFen } from '@shared/domain/funds/timeline'
import { Card } from '../../../components/card'
import { StageTimeline } from './stage-timeline'

/** The next stage by name, with what it will bring when the timeline knows it. */
function nextText(stage: PaymentStage, timeline: PaymentTimeline | null): string {
  const next = timeline?.stages.find((st) => st.stage === stage)
  const fen = next ? stillToComeFen(next) : 0
  return fen > 0 ? `${PAYMENT_STAGE_LABEL[stage]} ${formatFen(fen)}` : PAYMENT_STAGE_LABEL[stage]
}

/** The three answers a farmer asks first — how much came, how much is still to come, what comes next — for one case. */
export function MoneySummary({ s, timeline }: { s: PaymentSummary; timeline: PaymentTimeline | null }) {
  const id = `payments-summary-${s.caseId}`
  return (
    <Card id={id} title={`${MODE_LABEL[s.mode]}补助`}>
      <View className='money'>
        <View className='money__cell'>
          <Text className='money__label'>已到账</Text>
          <Text className='money__figure money__figure--ok' id={`${id}-paid`}>
            {formatFen(s.paidFen)}
          </Text>
        </View>
        <View className='money__cell'>
          <Text className='money__label'>还有</Text>
          <Text className='money__figure' id={`${id}-remaining`}>
            {s.remainingFen === null ? '待核定' : formatFen(s.remainingFen)}
          </Text>
        </View>
      </View>
      <Text className='money__next' id={`${id}-next`}>
        {s.capFen === null
          ? '补助金额在县级审批通过后核定，核定后会在这里显示。'
          : s.nextStage
            ? `下一笔：${nextText(s.nextStage, timeline)}；补助上限共 ${formatFen(s.capFen)}`
            : `补助已全部拨付（补助上限 ${formatFen(s.capFen)}）`}
      </Text>
      {timeline ? (
        <StageTimeline id={id} timeline={timeline} />
      ) : s.capFen !== null ? (
        <View className='money__stages'>
          {s.stages.map((st) => (
            <View key={st.stage} className='money__stage' id={`${id}-stage-${st.stage}`}>
              <Text>{st.label}</Text>
              <Text className={st.paidFen > 0 ? 'money__done' : 'muted'}>
                {st.paidFen > 0 ? `已到 ${formatFen(st.paidFen)}` : st.expected ? '待拨付' : '—'}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      <Text className='muted money__case'>申请编号 {s.caseNo}</Text>
    </Card>
  )
}
