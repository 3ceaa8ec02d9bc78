import Taro from '@tarojs/taro'

/** Up to `count` photos from the camera or the album, compressed on the phone; null when the person cancelled. */
export async function choosePhotos(count: number): Promise<string[] | null> {
  try {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
    return res.tempFilePaths
  } catch {
    return null
  }
}
