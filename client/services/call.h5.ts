import Taro from '@tarojs/taro'
import { pathOf } from '@shared/routes'
import { httpSend, makeCall } from './call-core'
import { clearToken, getToken } from './session'

function toLogin() {
  clearToken()
  const current = Taro.getCurrentPages().slice(-1)[0]?.route ?? ''
  if (!`/${current}`.startsWith(pathOf('login'))) Taro.reLaunch({ url: pathOf('login') })
}

export const call = makeCall(
  httpSend((url, init) => fetch(url, init), getToken),
  { onUnauthenticated: toLogin },
)
