import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { choosePhotos } from '../../services/choose-photos'
import { messageOf } from '../../services/api-error'
import { choosePdf, type Uploaded, uploadDocument } from '../../services/upload'
import { a11y } from '../a11y'
import { BigButton } from '../big-button'
import './index.scss'

export type PickedDocument = Uploaded & { label: string }

type Props = {
  idPrefix: string
  documents: PickedDocument[]
  onChange: (documents: PickedDocument[]) => void
  max?: number
  /** What one document is called on screen: 鉴定报告, 验收材料… */
  noun: string
}

/** A report or paper as a PDF, or photographed page by page; each is uploaded at once and listed. */
export function DocumentPicker({ idPrefix, documents, onChange, max = 9, noun }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const upload = async (paths: string[], label: (i: number) => string) => {
    setBusy(true)
    const added: PickedDocument[] = []
    try {
      for (const [i, p] of paths.entries()) added.push({ ...(await uploadDocument(p)), label: label(i) })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
      onChange([...documents, ...added].slice(0, max))
    }
  }

  const photograph = async () => {
    setError(null)
    const paths = await choosePhotos(max - documents.length)
    if (!paths) return
    await upload(paths, (i) => `${noun}照片 ${documents.length + i + 1}`)
  }

  const pickPdf = async () => {
    setError(null)
    const path = await choosePdf().catch((e: unknown) => {
      setError(messageOf(e))
      return null
    })
    if (path) await upload([path], () => `${noun}（PDF）`)
  }

  return (
    <View>
      {documents.map((d, i) => (
        <View key={d.id} className='documents__item' id={`${idPrefix}-${i}`}>
          <Text className='documents__name'>📄 {d.label}</Text>
          <View
            className='documents__remove'
            id={`${idPrefix}-remove-${i}`}
            onClick={() => onChange(documents.filter((_, j) => j !== i))}
            {...a11y({ role: 'button', label: `删除${d.label}` })}
          >
            删除
          </View>
        </View>
      ))}
      {error ? <Text className='documents__error'>⚠ {error}</Text> : null}
      {documents.length < max ? (
        <View className='documents__buttons'>
          <BigButton id={`${idPrefix}-pdf`} kind='default' loading={busy} onClick={pickPdf}>
            📎 选PDF文件
          </BigButton>
          <BigButton id={`${idPrefix}-photo`} kind='default' loading={busy} onClick={photograph}>
            📷 拍下纸质{noun}
          </BigButton>
        </View>
      ) : null}
    </View>
  )
}
