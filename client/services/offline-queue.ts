import Taro from '@tarojs/taro'
import { inspectionApi } from '@shared/api/inspection.api'
import { call } from './call'
import { createOfflineQueue, type QueuedItem, type QueueStorage } from './offline-queue-core'
import { uploadPhoto } from './upload'

export type { QueuedItem, QueuedPhoto, FlushResult } from './offline-queue-core'

const KEY = 'anju.offline-queue.v1'

/** The queue lives in Taro storage (the phone's local storage), so it outlives the page and the app. */
const taroStorage: QueueStorage = {
  read() {
    try {
      const raw = Taro.getStorageSync(KEY)
      return Array.isArray(raw) ? (raw as QueuedItem[]) : []
    } catch {
      return []
    }
  },
  write(items) {
    Taro.setStorageSync(KEY, items)
  },
}

/** Field writes that may be queued; a page queues only these. */
export const QUEUEABLE = { 'inspection.record': inspectionApi.record } as const

export const offlineQueue = createOfflineQueue({
  storage: taroStorage,
  call,
  upload: uploadPhoto,
  contracts: QUEUEABLE,
})

/**
 * A photo chosen in the field is a temporary file the mini-program may clean up; one waiting to be sent is saved
 * into the app's own files first, so its path still works when the network returns. On H5 the path is kept as is.
 */
export async function keepFile(path: string): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp') return path
  try {
    const saved = await new Promise<string>((resolve, reject) =>
      Taro.getFileSystemManager().saveFile({
        tempFilePath: path,
        success: (r) => resolve(r.savedFilePath),
        fail: reject,
      }),
    )
    return saved
  } catch {
    return path
  }
}

const listeners = new Set<() => void>()
let watching = false

/**
 * Sends what waits whenever the network comes back (one system listener per app run), then tells the pages
 * that listen; answers the way to stop listening, for a page that goes away.
 */
export function watchNetwork(onFlushed: () => void): () => void {
  listeners.add(onFlushed)
  if (!watching) {
    watching = true
    const flushAndTell = () =>
      void offlineQueue.flush().then(() => {
        for (const listener of listeners) listener()
      })
    Taro.onNetworkStatusChange(({ isConnected }) => {
      if (isConnected) flushAndTell()
    })
    // Taro's H5 listens to navigator.connection only, which not every browser has; the window's online event is universal.
    if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') window.addEventListener('online', flushAndTell)
  }
  return () => {
    listeners.delete(onFlushed)
  }
}
