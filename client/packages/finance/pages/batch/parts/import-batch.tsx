import { View } from '@tarojs/components'
import { useState } from 'react'
import { fundsApi } from '@shared/api/funds.api'
import type { Batch } from '@shared/schemas/funds'
import { BigButton } from '../../../../../components/big-button'
import { Notice } from '../../../../../components/notice'
import { useIntent } from '../../../../../hooks/useIntent'
import { messageOf } from '../../../../../services/api-error'
import { call } from '../../../../../services/call'
import { chooseBankFile } from '../../../../../services/bank-file'
import type { Imported } from './import-result'

type Props = { batchId: string; onImported: (r: Imported, b: Batch) => void }

/** The bank's result file (回单), picked from the computer or a WeChat chat; importing it twice pays nobody twice. */
export function ImportBatch({ batchId, onImported }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const intent = useIntent()

  const run = async () => {
    setError(null)
    try {
      const file = await chooseBankFile()
      if (!file) return
      setBusy(true)
      const input = { batchId, ...file }
      const r = await call(fundsApi.bankImport, input, { requestId: intent.idFor(input) })
      intent.done()
      onImported({ fileName: file.fileName, paid: r.paid, failed: r.failed, already: r.already, problems: r.problems }, r.batch)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='stack'>
      <BigButton id='batch-import' loading={busy} onClick={() => void run()}>
        导入银行回单
      </BigButton>
      <Notice>银行处理后会给回单文件（CSV 或 Excel），在这里选择它。</Notice>
      {error ? (
        <Notice tone='bad' id='batch-import-error'>
          {error}
        </Notice>
      ) : null}
    </View>
  )
}
