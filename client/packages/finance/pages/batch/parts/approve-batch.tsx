import { View } from '@tarojs/components'
import { useState } from 'react'
import { fundsApi } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import type { Batch } from '@shared/schemas/funds'
import { BigButton } from '../../../../../components/big-button'
import { ConfirmDialog } from '../../../../../components/confirm-dialog'
import { Notice } from '../../../../../components/notice'
import { useIntent } from '../../../../../hooks/useIntent'
import { ApiError, messageOf } from '../../../../../services/api-error'
import { call } from '../../../../../services/call'

type Props = { batch: Batch; isMaker: boolean; onChanged: (b: Batch) => void }

const SECOND = '须由另一名财政人员审核'

/** The second officer's approval (双人复核); the officer who built the batch is told so instead of offered a button. */
export function ApproveBatch({ batch, isMaker, onChanged }: Props) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The server is the judge of who built it; its refusal turns the button into the same note.
  const [maker, setMaker] = useState(false)
  const intent = useIntent()

  if (isMaker || maker) {
    return (
      <Notice tone='warn' id='batch-approve-second'>
        {SECOND}
      </Notice>
    )
  }

  const approve = async () => {
    setAsking(false)
    setBusy(true)
    setError(null)
    const input = { batchId: batch._id }
    try {
      onChanged(await call(fundsApi.batchApprove, input, { requestId: intent.idFor(input) }))
      intent.done()
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SECOND_OFFICIAL_REQUIRED') setMaker(true)
      else setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='stack'>
      {error ? (
        <Notice tone='bad' id='batch-approve-error'>
          {error}
        </Notice>
      ) : null}
      <BigButton id='batch-approve' kind='success' loading={busy} onClick={() => setAsking(true)}>
        审核通过
      </BigButton>
      <ConfirmDialog
        id='batch-approve-confirm'
        visible={asking}
        title='审核通过'
        okLabel='确认通过'
        text={`批次 ${batch.batchNo}：${batch.lineCount} 笔，共 ${formatFen(batch.totalFen)}。核对无误后通过，通过后可导出银行文件。`}
        onOk={() => void approve()}
        onCancel={() => setAsking(false)}
      />
    </View>
  )
}
