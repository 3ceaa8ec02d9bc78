import Taro from '@tarojs/taro'
import { currentUrl } from './return-to'

/** Load the current page afresh: its code again on H5, the page again on the mini-program. */
export function reloadPage(): void {
  if (process.env.TARO_ENV === 'h5') window.location.reload()
  else void Taro.reLaunch({ url: currentUrl() })
}
