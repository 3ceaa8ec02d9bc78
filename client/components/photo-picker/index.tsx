import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { messageOf } from '../../services/api-error'
import { uploadPhoto, type Uploaded } from '../../services/upload'
import { BigButton } from '../big-button'
import { a11y, imageAlt } from '../a11y'
import './index.scss'

/** Every thumbnail says which photo it is: `alt` on H5, `aria-label` on the mini-program. */
export const photoAltText = (i: number) => `第${i + 1}张照片`
const photoAlt = (i: number) => imageAlt(photoAltText(i))

type Props = {
  idPrefix: string
  photos: Uploaded[]
  onChange: (photos: Uploaded[]) => void
  max?: number
}

/** Take or choose photos of the house; each is uploaded at once and shown as a thumbnail. */
export function PhotoPicker({ idPrefix, photos, onChange, max = 9 }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const add = async () => {
    setError(null)
    let paths: string[]
    try {
      const res = await Taro.chooseImage({
        count: max - photos.length,
        sizeType: ['compressed'],
        sourceType: ['camera', 'album'],
      })
      paths = res.tempFilePaths
    } catch {
      return // the person cancelled
    }
    setBusy(true)
    const added: Uploaded[] = []
    try {
      for (const p of paths) added.push(await uploadPhoto(p))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
      onChange([...photos, ...added].slice(0, max))
    }
  }

  return (
    <View>
      <View className='photos'>
        {photos.map((p, i) => (
          <View key={p.id} className='photos__item' id={`${idPrefix}-${i}`}>
            <Image className='photos__img' src={p.url} mode='aspectFill' {...photoAlt(i)} />
            <View
              className='photos__remove'
              id={`${idPrefix}-remove-${i}`}
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
              {...a11y({ role: 'button', label: `删除第${i + 1}张照片` })}
            >
              删除
            </View>
          </View>
        ))}
      </View>
      {error ? <Text className='photos__error'>⚠ {error}</Text> : null}
      {photos.length < max ? (
        <BigButton id={`${idPrefix}-add`} kind='default' loading={busy} onClick={add}>
          📷 拍照或选照片（{photos.length}/{max}）
        </BigButton>
      ) : null}
    </View>
  )
}
