import { View } from '@tarojs/components'
import { useState } from 'react'
import { fundsApi } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { BigButton } from '../../../../../components/big-button'
import { Notice } from '../../../../../components/notice'
import { useIntent } from '../../../../../hooks/useIntent'
import { messageOf } from '../../../../../services/api-error'
import { call } from '../../../../../services/call'
import { saveExport } from '../../../../../services/save-file'

type Format = 'xlsx' | 'csv'
type Props = { batchId: string; onExported: () => void }

/** The file for the bank (代发文件), in the format its system takes; exporting again gives the same lines. */
export function ExportBatch({ batchId, onExported }: Props) {
  const [busy, setBusy] = useState<Format | null>(null)
  const [said, setSaid] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)
  const intent = useIntent()

  const run = async (format: Format) => {
    const input = { batchId, format }
    setBusy(format)
    setSaid(null)
    try {
      const file = await call(fundsApi.batchExport, input, { requestId: intent.idFor(input) })
      intent.done()
      await saveExport(file)
      setSaid({ tone: 'ok', text: `已导出 ${file.rows} 笔，共 ${formatFen(file.totalFen)}：${file.fileName}` })
      onExported()
    } catch (e) {
      setSaid({ tone: 'bad', text: messageOf(e) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='stack'>
      <BigButton id='batch-export-xlsx' loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void run('xlsx')}>
        导出银行文件（Excel）
      </BigButton>
      <BigButton
        id='batch-export-csv'
        kind='default'
        loading={busy === 'csv'}
        disabled={busy !== null}
        onClick={() => void run('csv')}
      >
        导出银行文件（CSV）
      </BigButton>
      <Notice>CSV 文件供银行系统导入；要查看或打印请用 Excel 文件，账号在里面按文字保存，不会变形。</Notice>
      {said ? (
        <Notice tone={said.tone} id='batch-exported'>
          {said.text}
        </Notice>
      ) : null}
    </View>
  )
}
