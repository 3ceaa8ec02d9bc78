import Taro from '@tarojs/taro'

/** H5 only: the dev-login token the local server issued. In the mini-program WeChat itself says who calls. */
const TOKEN_KEY = 'anju.token'

export function getToken(): string | null {
  const t = Taro.getStorageSync(TOKEN_KEY)
  return typeof t === 'string' && t ? t : null
}

export function setToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token)
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY)
}
