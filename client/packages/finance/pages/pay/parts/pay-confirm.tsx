import { Text, View } from '@tarojs/components'
import type { PaymentView } from '@shared/api/views'
import { amountInWords, formatFen } from '@shared/domain/money'
import { FUNDING_SOURCE_LABEL, PAYMENT_STAGE_LABEL } from '@shared/schemas/payment'
import { BigButton } from '../../../../../components/big-button'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'
import { Notice } from '../../../../../components/notice'
import { chineseDate } from '../../../../../utils/format'
import type { PayInput } from '../../../../../utils/pay-form'

type Props = {
  input: PayInput
  payee: string
  accountMasked: string | null
  /** Payments already recorded for the same stage on the same day: asked about before a second one. */
  sameDay: readonly PaymentView[]
  busy: boolean
  error: string | null
  onConfirm: () => void
  onBack: () => void
}

/** The last look before money is booked: who gets it, how much in words and in figures, which stage, from where. */
export function PayConfirm({ input, payee, accountMasked, sameDay, busy, error, onConfirm, onBack }: Props) {
  return (
    <View className='stack' id='pay-confirm'>
      <Card title='请核对后确认拨付'>
        <InfoRow label='收款人' id='pay-confirm-payee'>
          {payee}
        </InfoRow>
        <InfoRow label='收款账户' id='pay-confirm-account'>
          {accountMasked ?? '未登记一卡通账户'}
        </InfoRow>
        <View className='pay-confirm__amount'>
          <Text className='pay-confirm__label'>金额（大写）</Text>
          <Text className='pay-confirm__words' id='pay-confirm-words'>
            {amountInWords(input.amountFen)}
          </Text>
          <Text className='pay-confirm__figures' id='pay-confirm-figures'>
            {formatFen(input.amountFen)}
          </Text>
        </View>
        <InfoRow label='款项' id='pay-confirm-stage'>
          {PAYMENT_STAGE_LABEL[input.stage]}
        </InfoRow>
        <InfoRow label='资金来源' id='pay-confirm-source'>
          {FUNDING_SOURCE_LABEL[input.fundingSource]}
        </InfoRow>
        <InfoRow label='拨付日期'>{chineseDate(input.paidOn)}</InfoRow>
        <InfoRow label='凭证号'>
          <Text className='pay__wrap'>{input.voucherNo}</Text>
        </InfoRow>
      </Card>
      {sameDay.length > 0 ? (
        <Notice tone='warn' id='pay-confirm-same-day'>
          {`这一户${chineseDate(input.paidOn)}已登记过${sameDay.length}笔${PAYMENT_STAGE_LABEL[input.stage]}（${sameDay
            .map((p) => `${formatFen(p.amountFen)}，凭证号 ${p.voucherNo}`)
            .join('；')}）。确实要再登记一笔吗？`}
        </Notice>
      ) : null}
      {error ? (
        <Notice tone='bad' id='pay-error'>
          {error}
        </Notice>
      ) : null}
      <View>
        <BigButton id='pay-confirm-ok' loading={busy} onClick={onConfirm}>
          {sameDay.length > 0 ? '仍要确认拨付' : '确认拨付'}
        </BigButton>
      </View>
      <View>
        <BigButton id='pay-confirm-back' kind='default' disabled={busy} onClick={onBack}>
          返回修改
        </BigButton>
      </View>
    </View>
  )
}
