import Taro from '@tarojs/taro'

/** The page a person was on when asked to sign in; the login page sends them back to it. */
const KEY = 'anju.returnTo'

export function rememberReturn(url: string): void {
  Taro.setStorageSync(KEY, url)
}

/** The remembered page, once: a later sign-in from the home page goes home. */
export function takeReturn(): string | null {
  const url = Taro.getStorageSync(KEY)
  Taro.removeStorageSync(KEY)
  return typeof url === 'string' && url.startsWith('/') ? url : null
}

/** The current page with its query, as a URL navigateTo / reLaunch accept. */
export function currentUrl(): string {
  const page = Taro.getCurrentPages().slice(-1)[0] as { route?: string; options?: Record<string, string> } | undefined
  if (!page?.route) return '/'
  const query = Object.entries(page.options ?? {})
    .filter(([k]) => !k.startsWith('$taro'))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  const path = page.route.startsWith('/') ? page.route : `/${page.route}`
  return query ? `${path}?${query}` : path
}
