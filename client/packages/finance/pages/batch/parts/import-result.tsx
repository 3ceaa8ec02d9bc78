import { Text, View } from '@tarojs/components'
import { Card } from '../../../../../components/card'
import { InfoRow } from '../../../../../components/info-row'
import { Notice } from '../../../../../components/notice'

export type Imported = {
  fileName: string
  paid: number
  failed: number
  already: number
  problems: readonly { line: number; message: string }[]
}

/** What the bank's file changed: paid (households are told 资金到账), failed (back to 待支付), and lines it could not read. */
export function ImportResult({ fileName, paid, failed, already, problems }: Imported) {
  return (
    <Card title='回单导入结果' id='batch-imported'>
      <Text className='batch__note'>{fileName}</Text>
      <InfoRow label='已到账' id='batch-imported-paid'>{`${paid} 笔`}</InfoRow>
      <InfoRow label='支付失败' id='batch-imported-failed'>{`${failed} 笔`}</InfoRow>
      <InfoRow label='此前已导入' id='batch-imported-already'>{`${already} 笔`}</InfoRow>
      {failed > 0 ? <Notice tone='warn'>失败的款项已回到“待支付”，可重新生成批次。</Notice> : null}
      {problems.length > 0 ? (
        <View id='batch-imported-problems'>
          <Notice tone='bad'>{`有 ${problems.length} 行无法识别，请核对银行回单：`}</Notice>
          {problems.map((p) => (
            <Text key={`${p.line}-${p.message}`} className='batch__fail'>{`第 ${p.line} 行：${p.message}`}</Text>
          ))}
        </View>
      ) : null}
    </Card>
  )
}
