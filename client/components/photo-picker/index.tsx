import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '../../services/api-error'
import { choosePhotos } from '../../services/choose-photos'
import { uploadPhoto, type Uploaded } from '../../services/upload'
import { BigButton } from '../big-button'
import { PhotoThumbs } from '../photo-thumbs'

/** Every thumbnail says which photo it is. */
const photoAltText = (i: number) => `第${i + 1}张照片`

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
    const paths = await choosePhotos(max - photos.length)
    if (!paths) return
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
      <PhotoThumbs
        idPrefix={idPrefix}
        photos={photos.map((p) => ({ key: p.id, src: p.url }))}
        altOf={photoAltText}
        onRemove={(i) => onChange(photos.filter((_, j) => j !== i))}
      />
      {error ? <Text className='photos__error'>⚠ {error}</Text> : null}
      {photos.length < max ? (
        <BigButton id={`${idPrefix}-add`} kind='default' loading={busy} onClick={add}>
          📷 拍照或选照片（{photos.length}/{max}）
        </BigButton>
      ) : null}
    </View>
  )
}
