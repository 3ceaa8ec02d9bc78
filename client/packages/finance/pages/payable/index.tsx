import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { paymentApi } from '@shared/api/payment.api'
import { formatFen } from '@shared/domain/money'
import { CaseCard } from '../../../../components/case-card'
import { InfoRow } from '../../../../components/info-row'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { link } from '@shared/routes'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { Screen } from '../../../../components/screen'

/** Approved cases that can still receive money; tap one to record a payment. */
export default function Payable() {
  const list = usePaged((after) => call(paymentApi.payable, { after, limit: 20 }))

  return (
    <Screen title='资金拨付'>
      <View className='stack'>
        <PagedList
          id='payable'
          list={list}
          empty={<Notice id='payable-empty'>没有待拨付的农户。</Notice>}
          renderItem={(c) => (
            <CaseCard
              id={`payable-item-${c._id}`}
              item={c}
              showApplicant
              onClick={() => Taro.navigateTo({ url: link('pay', { caseId: c._id }) })}
            >
              <InfoRow label='补助上限'>{c.subsidyCapFen === null ? '未核定' : formatFen(c.subsidyCapFen)}</InfoRow>
              <InfoRow label='已拨付'>{formatFen(c.paidFen)}</InfoRow>
              {c.subsidyCapFen !== null ? (
                <InfoRow label='尚未拨付' id={`payable-item-${c._id}-remaining`}>
                  {formatFen(Math.max(0, c.subsidyCapFen - c.paidFen))}
                </InfoRow>
              ) : null}
            </CaseCard>
          )}
        />
      </View>
    </Screen>
  )
}
