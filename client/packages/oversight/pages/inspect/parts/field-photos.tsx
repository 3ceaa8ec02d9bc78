import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { BigButton } from '../../../../../components/big-button'
import { PhotoThumbs } from '../../../../../components/photo-thumbs'
import { choosePhotos } from '../../../../../services/choose-photos'
import { keepFile, type QueuedPhoto } from '../../../../../services/offline-queue'

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
    const paths = await choosePhotos(max - photos.length)
    if (!paths) return
    const place = await here()
    if (place.latitude === null) setNote('未获得位置，照片只记录拍摄时间')
    const takenAt = new Date().toISOString()
    const kept = await Promise.all(paths.map(keepFile))
    onChange([...photos, ...kept.map((path) => ({ path, takenAt, ...place, uploadedId: null }))].slice(0, max))
  }
  return (
    <View>
      <PhotoThumbs
        idPrefix='inspect-photo'
        photos={photos.map((p) => ({ key: p.path, src: p.path }))}
        altOf={(i) => `排查照片第 ${i + 1} 张`}
        onRemove={(i) => onChange(photos.filter((_, j) => j !== i))}
      />
      {note ? <Text className='muted'>{note}</Text> : null}
      {photos.length < max ? (
        <BigButton id='inspect-photo-add' kind='default' onClick={add}>
          📷 拍照（{photos.length}/{max}）
        </BigButton>
      ) : null}
    </View>
  )
}
