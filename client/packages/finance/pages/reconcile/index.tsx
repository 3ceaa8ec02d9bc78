import { View } from '@tarojs/components'
import { fundsApi } from '@shared/api/funds.api'
import { FUNDING_SOURCE_LABEL } from '@shared/schemas/payment'
import { Card } from '../../../../components/card'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { useRemote } from '../../../../hooks/useRemote'
import { call } from '../../../../services/call'
import { DifferenceCard } from './parts/difference-card'
import { MoneyRows } from './parts/money-rows'
import './index.scss'

/** 资金对账: where every township's money is, by funding source, and each household whose figures do not agree. */
export default function Reconcile() {
  const report = useRemote(() => call(fundsApi.reconcile, {}))
  const r = report.data
  const nameOf = (township: string) => r?.rows.find((row) => row.township === township)?.townshipName ?? township

  return (
    <Screen title='资金对账' load={report}>
      {r ? (
        <View className='stack'>
          {r.balanced ? (
            <Notice tone='ok' id='reconcile-balanced'>
              账目相符：每一户的下达、支付和到账都对得上。
            </Notice>
          ) : (
            <Notice tone='bad' id='reconcile-unbalanced'>
              {`有 ${r.differences.length} 处不符，明细见下方“不符明细”。`}
            </Notice>
          )}
          <Card title='全县合计' id='reconcile-total'>
            <MoneyRows row={r.total} id='reconcile-total' />
          </Card>
          {r.rows.length === 0 ? <Notice id='reconcile-empty'>还没有下达或应补助的资金。</Notice> : null}
          {r.rows.map((row) => {
            const id = `reconcile-${row.township}-${row.fundingSource}`
            return (
              <Card key={id} id={id} title={`${row.townshipName} · ${FUNDING_SOURCE_LABEL[row.fundingSource]}`}>
                <MoneyRows row={row} id={id} />
              </Card>
            )
          })}
          {r.differences.length > 0 ? (
            <Card title='不符明细' id='reconcile-differences'>
              <View className='stack'>
                {r.differences.map((d) => (
                  <DifferenceCard key={`${d.caseId}-${d.kind}`} item={d} townshipName={nameOf(d.township)} />
                ))}
              </View>
            </Card>
          ) : null}
        </View>
      ) : null}
    </Screen>
  )
}
