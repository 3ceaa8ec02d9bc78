import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type PaymentTimeline, paymentApi } from '@shared/api/payment.api'
import { formatFen } from '@shared/domain/money'
import { FUNDING_SOURCE_LABEL, PAYMENT_STAGE_LABEL } from '@shared/schemas/payment'
import { Card } from '../../components/card'
import { InfoRow } from '../../components/info-row'
import { Notice } from '../../components/notice'
import { PagedList } from '../../components/paged-list'
import { usePaged } from '../../hooks/usePaged'
import { useRemote } from '../../hooks/useRemote'
import { call } from '../../services/call'
import { chineseDate } from '../../utils/format'
import { MoneySummary } from './parts/money-summary'
import './index.scss'
import { Screen } from '../../components/screen'

/** Every amount paid to the household's 一卡通 account, newest first. */
export default function Payments() {
  const [timelines, setTimelines] = useState<PaymentTimeline[]>([])
  // The first page brings each case's timeline along, so the stages cost no request of their own.
  const list = usePaged(async (after) => {
    const page = await call(paymentApi.mine, { after, limit: 10 })
    if (!after) setTimelines(page.timeline)
    return page
  })
  const summary = useRemote(() => call(paymentApi.summary, {}))
  // Closed cases that never received money say nothing useful here.
  const shown = (summary.data?.items ?? []).filter((s) => s.capFen !== null || s.paidFen > 0)

  return (
    <Screen title='补助到账'>
      <View className='stack'>
        {summary.error ? (
          <Notice tone='bad' id='payments-summary-error' onRetry={summary.reload}>
            {summary.error}
          </Notice>
        ) : null}
        {shown.map((s) => (
          <MoneySummary key={s.caseId} s={s} timeline={timelines.find((t) => t.caseId === s.caseId) ?? null} />
        ))}
        {shown.length > 0 ? <Text className='payments__heading'>每一笔到账</Text> : null}
        <PagedList
          id='payments'
          list={list}
          empty={<Notice id='payments-empty'>还没有补助到账。县级审批通过、开工以后，乡镇会分批拨付到您的一卡通账户。</Notice>}
          renderItem={(p) => (
            <Card
              id={`payments-item-${p._id}`}
              title={
                <Text className='payments__amount' id={`payments-item-${p._id}-amount`}>
                  {formatFen(p.amountFen)}
                </Text>
              }
            >
              <InfoRow label='款项'>{PAYMENT_STAGE_LABEL[p.stage]}</InfoRow>
              <InfoRow label='到账日期'>{chineseDate(p.paidOn)}</InfoRow>
              <InfoRow label='到账账户'>{p.payeeAccountMasked}</InfoRow>
              <InfoRow label='资金来源'>{FUNDING_SOURCE_LABEL[p.fundingSource]}</InfoRow>
              <InfoRow label='凭证号'>
                <Text className='payments__voucher'>{p.voucherNo}</Text>
              </InfoRow>
              <InfoRow label='申请编号'>{p.caseNo}</InfoRow>
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}
