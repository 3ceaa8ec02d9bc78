import { View } from '@tarojs/components'
import { useState } from 'react'
import { type LedgerItem, ledgerApi } from '@shared/api/ledger.api'
import { LEDGER_STATE_LABEL, type LedgerState } from '@shared/schemas/ledger'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { InfoRow } from '../../../../components/info-row'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { usePaged } from '../../../../hooks/usePaged'
import { useRemote } from '../../../../hooks/useRemote'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { EntryActions } from './parts/entry-actions'
import { saveExport } from '../../../../services/save-file'
import { LedgerMap } from './parts/ledger-map'
import './index.scss'

type FilterKey = 'all' | LedgerState | 'overdue'
const FILTERS: { value: FilterKey; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'open', label: '待整改' },
  { value: 'closing', label: '待复核' },
  { value: 'closed', label: '已销号' },
  { value: 'overdue', label: '逾期' },
]
const filterOf = (k: FilterKey) => (k === 'all' ? {} : k === 'overdue' ? { overdue: true } : { state: k })
const TONE: Record<LedgerState, 'warn' | 'info' | 'ok'> = { open: 'warn', closing: 'info', closed: 'ok' }

/** The work ledger (工作台账): every problem found, oldest first, until a second official confirms it solved. */
export default function Ledger() {
  const me = useRemote(() => getMe())
  const [filter, setFilter] = useState<FilterKey>('open')
  const list = usePaged((after) => call(ledgerApi.list, { ...filterOf(filter), after, limit: 20 }), [filter])
  const [openId, setOpenId] = useState<string | null>(null)
  const [changed, setChanged] = useState<Record<string, LedgerItem>>({})
  const [exporting, setExporting] = useState(false)
  const [exported, setExported] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)

  const exportAll = async () => {
    setExporting(true)
    setExported(null)
    try {
      const file = await call(ledgerApi.export, filterOf(filter))
      await saveExport(file)
      setExported({
        tone: 'ok',
        text: `已导出 ${file.rows} 条${file.truncated ? '（条数过多，只导出前5000条）' : ''}：${file.fileName}`,
      })
    } catch (e) {
      setExported({ tone: 'bad', text: messageOf(e) })
    } finally {
      setExporting(false)
    }
  }

  const items = list.items.map((e) => changed[e._id] ?? e)

  return (
    <Screen title='工作台账'>
      <View className='stack'>
        <ChoiceGroup idPrefix='ledger-filter' label='显示' options={FILTERS} value={filter} onChange={setFilter} columns={2} />
        <LedgerMap items={items} onPick={setOpenId} />
        <BigButton id='ledger-export' kind='default' loading={exporting} onClick={() => void exportAll()}>
          导出 Excel 上报
        </BigButton>
        {exported ? (
          <Notice tone={exported.tone} id='ledger-exported'>
            {exported.text}
          </Notice>
        ) : null}
        <PagedList
          id='ledger'
          list={{ ...list, items }}
          empty={<Notice id='ledger-empty'>没有符合条件的台账。</Notice>}
          renderItem={(e) => (
            <Card
              id={`ledger-item-${e._id}`}
              title={e.problem}
              extra={
                <View className='ledger__badges'>
                  <Badge tone={TONE[e.state]} id={`ledger-item-${e._id}-state`}>
                    {LEDGER_STATE_LABEL[e.state]}
                  </Badge>
                  {e.overdue ? (
                    <Badge tone='bad' id={`ledger-item-${e._id}-overdue`}>
                      逾期
                    </Badge>
                  ) : null}
                </View>
              }
            >
              <InfoRow label='村'>{e.villageName}</InfoRow>
              <InfoRow label='类型'>{e.kind === 'monitoring' ? 'B级动态监测' : '隐患整改'}</InfoRow>
              <InfoRow label='责任人'>{e.ownerName}</InfoRow>
              <InfoRow label='整改期限'>{e.deadline}</InfoRow>
              {e.reopenings.length > 0 ? (
                <InfoRow label='退回/重开'>{e.reopenings.map((r) => `${r.on} ${r.reason}`).join('；')}</InfoRow>
              ) : null}
              {/* The actions are buttons of their own, never inside a tappable card (one control, one tap). */}
              <BigButton
                id={`ledger-item-${e._id}-toggle`}
                kind='default'
                onClick={() => setOpenId(openId === e._id ? null : e._id)}
              >
                {openId === e._id ? '收起' : '办理'}
              </BigButton>
              {openId === e._id ? (
                <EntryActions
                  entry={e}
                  canApply={me.data?.role === 'village'}
                  onChanged={(next) => setChanged((c) => ({ ...c, [next._id]: next }))}
                />
              ) : null}
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}
