import { NETWORK_MESSAGE } from '../../services/api-error'
import { isChunkLoadError } from './chunk-error'

/**
 * H5: a page whose code fails to arrive never mounts, so no React shell can speak for it. This draws the same
 * "网络不通" notice with 重试 (reload) straight into the document the first time such a failure goes unhandled.
 */
export function watchChunkFailures(): void {
  const show = (reason: unknown) => {
    if (!isChunkLoadError(reason) || document.getElementById('chunk-offline')) return
    const box = document.createElement('div')
    box.id = 'chunk-offline'
    box.setAttribute('role', 'alert')
    box.className = 'notice notice--bad chunk-offline'
    const text = document.createElement('span')
    text.className = 'notice__text'
    text.textContent = NETWORK_MESSAGE
    const retry = document.createElement('button')
    retry.id = 'chunk-offline-retry'
    retry.type = 'button'
    retry.className = 'notice__retry'
    retry.textContent = '重试'
    retry.addEventListener('click', () => window.location.reload())
    box.append(text, retry)
    document.body.append(box)
  }
  window.addEventListener('unhandledrejection', (e) => show(e.reason))
  window.addEventListener('error', (e) => show(e.error))
}
