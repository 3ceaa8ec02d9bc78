import Taro from '@tarojs/taro'
import { isChunkLoadError } from './chunk-error'
import './route-chunk-retry.scss'

const ID = 'route-chunk-error'

/**
 * Taro's H5 router downloads a page's code when the page is first opened and lets a failed download escape as an
 * unhandled rejection: the screen stays blank or unchanged with the error in the console only. This puts "网络不通"
 * and a retry over it; the retry opens the same page again, which downloads the chunk again.
 */
export function showRouteChunkFailures(): void {
  const onFailure = (e: unknown) => {
    if (isChunkLoadError(e)) showRetry()
  }
  window.addEventListener('unhandledrejection', (event) => onFailure(event.reason))
  window.addEventListener('error', (event) => onFailure(event.error))
}

function showRetry(): void {
  if (document.getElementById(ID)) return
  const box = document.createElement('div')
  box.id = ID
  box.className = 'route-chunk-error'
  box.setAttribute('role', 'alert')
  const text = document.createElement('p')
  text.className = 'route-chunk-error__text'
  text.textContent = '网络不通，页面没有打开。请检查网络后重试。'
  const retry = document.createElement('button')
  retry.id = `${ID}-retry`
  retry.type = 'button'
  retry.className = 'route-chunk-error__retry'
  retry.textContent = '重试'
  retry.addEventListener('click', () => {
    box.remove()
    void Taro.redirectTo({ url: currentPage() })
  })
  box.append(text, retry)
  document.body.append(box)
}

/** The page the person asked for: the hash router has already moved the address there. */
function currentPage(): string {
  const path = window.location.hash.replace(/^#/, '')
  return path.startsWith('/') ? path : '/pages/index/index'
}
