import { View } from '@tarojs/components'
import { useState } from 'react'
import { type AllocationResult, fundsApi } from '@shared/api/funds.api'
import { formatFen, sumFen } from '@shared/domain/money'
import { BigButton } from '../../../../../components/big-button'
import { ChoiceGroup } from '../../../../../components/choice-group'
import { Notice } from '../../../../../components/notice'
import { PagedList } from '../../../../../components/paged-list'
import { useIntent } from '../../../../../hooks/useIntent'
import { usePaged } from '../../../../../hooks/usePaged'
import { messageOf } from '../../../../../services/api-error'
import { call } from '../../../../../services/call'
import { toggled } from '../../../../../utils/funds'
import { AllocationResults } from './allocation-results'
import { PickCase } from './pick-case'

type Kind = 'start' | 'remainder' | 'contract'
const KINDS: { value: Kind; label: string; note: string }[] = [
  { value: 'start', label: '启动资金', note: '已开工' },
  { value: 'remainder', label: '剩余资金', note: '已结算' },
  { value: 'contract', label: '租赁补贴', note: '已登记租赁合同' },
]

/** 待下达资金: the households whose township may now be sent money; finance picks them and sends it in one go. */
export function AllocateSection() {
  const [kind, setKind] = useState<Kind>('start')
  // PagedList keys rows by `id`; a case is allocated once per kind, so its id names the row.
  const list = usePaged(
    async (after) => {
      const page = await call(fundsApi.allocatable, { kind, after, limit: 20 })
      return { ...page, items: page.items.map((i) => ({ ...i, id: i.caseId })) }
    },
    [kind],
  )
  const [picked, setPicked] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<{ items: AllocationResult[]; allocatedFen: number } | null>(null)
  const intent = useIntent()

  const pickedFen = sumFen(list.items.filter((i) => picked.includes(i.caseId)).map((i) => i.amountFen))

  const switchKind = (k: Kind) => {
    setKind(k)
    setPicked([])
    setDone(null)
    setError(null)
  }

  const allocate = async () => {
    const input = { kind, caseIds: picked }
    setBusy(true)
    setError(null)
    try {
      // The same request id on a retry after a lost reply: the server answers the first allocation, never twice.
      setDone(await call(fundsApi.allocate, input, { requestId: intent.idFor(input) }))
      intent.done()
      setPicked([])
      void list.reload()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='stack' id='funds-allocate'>
      <ChoiceGroup idPrefix='funds-kind' label='下达哪一笔' options={KINDS} value={kind} onChange={switchKind} columns={2} />
      {done ? <AllocationResults items={done.items} allocatedFen={done.allocatedFen} /> : null}
      <PagedList
        id='funds-allocatable'
        list={list}
        empty={<Notice id='funds-allocatable-empty'>没有待下达资金的农户。</Notice>}
        header={
          list.items.length > 0 ? (
            <BigButton
              id='funds-pick-all'
              kind='default'
              onClick={() => setPicked(picked.length === list.items.length ? [] : list.items.map((i) => i.caseId))}
            >
              {picked.length === list.items.length ? '全部不选' : `全选（${list.items.length} 户）`}
            </BigButton>
          ) : null
        }
        renderItem={(item) => (
          <PickCase item={item} on={picked.includes(item.caseId)} onToggle={() => setPicked((p) => toggled(p, item.caseId))} />
        )}
      />
      {error ? (
        <Notice tone='bad' id='funds-allocate-error'>
          {error}
        </Notice>
      ) : null}
      {list.items.length > 0 ? (
        <BigButton id='funds-allocate-go' loading={busy} disabled={picked.length === 0} onClick={() => void allocate()}>
          {picked.length === 0 ? '请先选择农户' : `下达 ${picked.length} 户，${formatFen(pickedFen)}`}
        </BigButton>
      ) : null}
    </View>
  )
}
