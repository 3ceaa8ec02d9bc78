import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { a11y, imageAlt } from '../../../../../components/a11y'
import { BigButton } from '../../../../../components/big-button'
import { keepFile, type QueuedPhoto } from '../../../../../services/offline-queue'
import '../../../../../components/photo-picker/index.scss'

/** Where the phone is, when the person allows it; a photo without a place is still a photo. */
async function here(): Promise<{ latitude: number | null; longitude: number | null }> {
  try {
    const at = await Taro.getLocation({ type: 'gcj02' })
    return { latitude: at.latitude, longitude: at.longitude }
  } catch {
    return { latitude: null, longitude: null }
  }
}

type Props = { photos: QueuedPhoto[]; onChange: (photos: QueuedPhoto[]) => void; max?: number }

/**
 * Photos of the field form stay on the phone (kept in the app's files) with the time and place they were taken;
 * they are uploaded when the form is sent, so taking them needs no signal.
 */
export function FieldPhotos({ photos, onChange, max = 9 }: Props) {
  const [note, setNote] = useState<string | null>(null)
  const add = async () => {
    setNote(null)
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
    const place = await here()
    if (place.latitude === null) setNote('未获得位置，照片只记录拍摄时间')
    const takenAt = new Date().toISOString()
    const kept = await Promise.all(paths.map(keepFile))
    onChange([...photos, ...kept.map((path) => ({ path, takenAt, ...place, uploadedId: null }))].slice(0, max))
  }
  return (
    <View>
      <View className='photos'>
        {photos.map((p, i) => (
          <View key={p.path} className='photos__item' id={`inspect-photo-${i}`}>
            <Image className='photos__img' src={p.path} mode='aspectFill' {...imageAlt(`排查照片第 ${i + 1} 张`)} />
            <View
              className='photos__remove'
              id={`inspect-photo-remove-${i}`}
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
              {...a11y({ role: 'button', label: `删除第${i + 1}张照片` })}
            >
              删除
            </View>
          </View>
        ))}
      </View>
      {note ? <Text className='muted'>{note}</Text> : null}
      {photos.length < max ? (
        <BigButton id='inspect-photo-add' kind='default' onClick={add}>
          📷 拍照（{photos.length}/{max}）
        </BigButton>
      ) : null}
    </View>
  )
}
