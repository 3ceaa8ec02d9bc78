import { imageAlt } from '../../../../../components/a11y'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../../../components/card'
import { Notice } from '../../../../../components/notice'
import { useRemote } from '../../../../../hooks/useRemote'
import { casePhotos } from '../../../../../services/photos'

/** The farmer's photos of the house, large enough to judge; a tap opens the full-size viewer. */
export function CasePhotos({ caseId, photoIds }: { caseId: string; photoIds: readonly string[] }) {
  const photos = useRemote(() => casePhotos(caseId, photoIds), [caseId, photoIds.join(',')])
  const urls = (photos.data ?? []).map((p) => p.url)
  return (
    <Card title={`房屋照片（${photoIds.length} 张）`}>
      {photoIds.length === 0 ? <Text className='muted'>农户没有上传照片。</Text> : null}
      {photos.error ? (
        <Notice tone='bad' onRetry={photos.reload}>
          {photos.error}
        </Notice>
      ) : null}
      <View className='review-photos' id='review-photos'>
        {urls.map((url, i) => (
          <Image
            key={url}
            id={`review-photo-${i}`}
            className='review-photos__img'
            src={url}
            mode='aspectFill'
            {...imageAlt(`房屋照片第 ${i + 1} 张`)}
            onClick={() => void Taro.previewImage({ current: url, urls })}
          />
        ))}
      </View>
    </Card>
  )
}
