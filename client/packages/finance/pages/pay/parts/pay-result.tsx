import { Text, View } from '@tarojs/components'
import type { PaymentView } from '@shared/api/views'
import { amountInWords, formatFen } from '@shared/domain/money'
import { PAYMENT_STAGE_LABEL } from '@shared/schemas/payment'
import { BigButton } from '../../../../../components/big-button'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'

type Props = { paid: PaymentView; totalFen: number; remainingFen: number | null; onAnother: () => void; onList: () => void }

/** The answer to "did it go through?", at the top of the screen, with the new total. */
export function PayResult({ paid, totalFen, remainingFen, onAnother, onList }: Props) {
  return (
    <View className='stack' id='pay-done' aria-live='polite'>
      <View className='pay-result__banner'>
        <Text className='pay-result__title' id='pay-done-title'>
          ✔ 已登记拨付
        </Text>
        <Text className='pay-result__amount' id='pay-done-amount'>
          {formatFen(paid.amountFen)}
        </Text>
        <Text>{amountInWords(paid.amountFen)}</Text>
      </View>
      <Card>
        <InfoRow label='款项'>{PAYMENT_STAGE_LABEL[paid.stage]}</InfoRow>
        <InfoRow label='到账账户'>{paid.payeeAccountMasked}</InfoRow>
        <InfoRow label='凭证号'>
          <Text className='pay__wrap'>{paid.voucherNo}</Text>
        </InfoRow>
        <InfoRow label='累计已拨付' id='pay-done-total'>
          {formatFen(totalFen)}
        </InfoRow>
        {remainingFen !== null ? (
          <InfoRow label='尚未拨付' id='pay-done-remaining'>
            {formatFen(remainingFen)}
          </InfoRow>
        ) : null}
        <Text className='muted'>已通知农户。</Text>
      </Card>
      <View>
        <BigButton id='pay-done-another' kind='default' onClick={onAnother}>
          再登记一笔
        </BigButton>
      </View>
      <View>
        <BigButton id='pay-done-list' onClick={onList}>
          返回拨付列表
        </BigButton>
      </View>
    </View>
  )
}
