import { Image, View } from '@tarojs/components'
import { a11y, imageAlt } from '../a11y'
import './index.scss'

type Props = {
  idPrefix: string
  /** What each thumbnail shows: a stable key and the image's address. */
  photos: readonly { key: string; src: string }[]
  /** The text a screen reader reads for photo i (0-based). */
  altOf: (i: number) => string
  onRemove: (i: number) => void
}

/** The photos of a form so far, each with a full-width 删除 under it that a thumb can hit. */
export function PhotoThumbs({ idPrefix, photos, altOf, onRemove }: Props) {
  return (
    <View className='photos'>
      {photos.map((p, i) => (
        <View key={p.key} className='photos__item' id={`${idPrefix}-${i}`}>
          <Image className='photos__img' src={p.src} mode='aspectFill' {...imageAlt(altOf(i))} />
          <View
            className='photos__remove'
            id={`${idPrefix}-remove-${i}`}
            onClick={() => onRemove(i)}
            {...a11y({ role: 'button', label: `删除第${i + 1}张照片` })}
          >
            删除
          </View>
        </View>
      ))}
    </View>
  )
}
