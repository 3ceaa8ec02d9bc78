import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { fundsApi } from '@shared/api/funds.api'
import { paramsOf } from '@shared/routes'
import type { Batch } from '@shared/schemas/funds'
import { Card } from '../../../../components/card'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { usePaged } from '../../../../hooks/usePaged'
import { useRemote } from '../../../../hooks/useRemote'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { ApproveBatch } from './parts/approve-batch'
import { BatchHead } from './parts/batch-head'
import { BatchLine } from './parts/batch-line'
import { ExportBatch } from './parts/export-batch'
import { ImportBatch } from './parts/import-batch'
import { type Imported, ImportResult } from './parts/import-result'
import './index.scss'

/** One bank batch: its payments, the second officer's approval, the bank file, and the bank's result file. */
export default function BatchPage() {
  const { batchId } = paramsOf('batch', useRouter().params)
  const me = useRemote(() => getMe())
  const [batch, setBatch] = useState<Batch | null>(null)
  // Each page of lines comes with the batch as it is now, so the header never lags behind the lines.
  const lines = usePaged(
    async (after) => {
      const r = await call(fundsApi.batch, { batchId, after, limit: 20 })
      setBatch(r.batch)
      return r.lines
    },
    [batchId],
  )
  // Kept here, not in the import part: a full import closes the batch, and the answer must stay on screen after.
  const [imported, setImported] = useState<Imported | null>(null)
  const changed = (b: Batch) => {
    setBatch(b)
    void lines.reload()
  }

  const status = batch?.status
  return (
    <Screen title='银行批次'>
      <View className='stack'>
        {batch ? <BatchHead batch={batch} /> : null}
        {batch && status === 'building' ? <Notice id='batch-building'>批次还在生成中，请稍后刷新。</Notice> : null}
        {batch && status === 'built' ? (
          // Me carries the sign-in identity; a maker it does not match is still refused by the server, and told so.
          <ApproveBatch batch={batch} isMaker={me.data?.userId === batch.makerId} onChanged={changed} />
        ) : null}
        {batch && (status === 'approved' || status === 'exported') ? (
          <ExportBatch batchId={batch._id} onExported={() => void lines.reload()} />
        ) : null}
        {batch && status === 'exported' ? (
          <ImportBatch
            batchId={batch._id}
            onImported={(r, b) => {
              setImported(r)
              changed(b)
            }}
          />
        ) : null}
        {imported ? <ImportResult {...imported} /> : null}
        {batch && status === 'done' ? (
          <Notice tone='ok' id='batch-done'>
            银行回单已导入，到账的农户已收到通知。
          </Notice>
        ) : null}
        <Card title='款项明细' id='batch-lines'>
          <View className='stack'>
            <PagedList
              id='batch-lines'
              list={lines}
              empty={<Notice id='batch-lines-empty'>这个批次没有款项。</Notice>}
              renderItem={(line) => <BatchLine line={line} />}
            />
          </View>
        </Card>
      </View>
    </Screen>
  )
}
