import type { ActionContract } from '@shared/api/contract'
import { ApiError } from './api-error'
import type { Call } from './call-core'

/**
 * Field forms that keep working when the signal drops: a form saved on the phone waits here, with its photos as
 * local files, until it can be sent. Each item keeps the request id it was queued with, so however many times it
 * is sent — a reply lost on the way back, the app closed and opened — the server records it once.
 */

/** A photo taken for a queued form: the file on the phone, and its upload once it has one (never uploaded twice). */
export type QueuedPhoto = {
  path: string
  takenAt: string
  latitude: number | null
  longitude: number | null
  uploadedId: string | null
}

export type QueuedItem = {
  requestId: string
  /** `function.action` of the write, a key of the queue's contracts. */
  action: string
  /** The form without its photos; they are added as the action takes them when it is sent. */
  input: Record<string, unknown>
  photos: QueuedPhoto[]
  /** How the action takes photos: field photos with place and time (`photos`), or upload ids (`photoIds`). */
  photoField: 'photos' | 'photoIds'
  /** What the list of waiting forms shows (e.g. the house's address). */
  label: string
  queuedAt: string
  attempts: number
  /** The last reason it was not sent, for the person. */
  lastError: string | null
  /** Refused by the server (not a network failure): waits for the person to look, is not sent again by itself. */
  refused: boolean
}

export type QueueStorage = { read(): QueuedItem[]; write(items: QueuedItem[]): void }

export type QueuePorts = {
  storage: QueueStorage
  call: Call
  upload(path: string): Promise<{ id: string }>
  contracts: Readonly<Record<string, ActionContract>>
  now?: () => Date
}

export type FlushResult = { sent: number; waiting: number; refused: number; offline: boolean }

/** A failure to reach the server (or one it could not answer): worth sending again with the same id. */
const isNetwork = (e: unknown) => !(e instanceof ApiError) || e.code === 'INTERNAL'
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e))

function inputOf(item: QueuedItem): Record<string, unknown> {
  const photos = item.photos.map((p) =>
    item.photoField === 'photoIds'
      ? p.uploadedId
      : { id: p.uploadedId, takenAt: p.takenAt, latitude: p.latitude, longitude: p.longitude },
  )
  return { ...item.input, [item.photoField]: photos }
}

export function createOfflineQueue(ports: QueuePorts) {
  const now = ports.now ?? (() => new Date())
  let flushing: Promise<FlushResult> | null = null

  const update = (requestId: string, change: (item: QueuedItem) => QueuedItem | null) => {
    const items = ports.storage.read()
    const next = items.flatMap((i) => {
      if (i.requestId !== requestId) return [i]
      const changed = change(i)
      return changed ? [changed] : []
    })
    ports.storage.write(next)
  }

  async function sendOne(item: QueuedItem): Promise<'sent' | 'offline' | 'refused'> {
    const contract = ports.contracts[item.action]
    if (!contract) {
      update(item.requestId, (i) => ({ ...i, refused: true, lastError: '这份记录的类型已不再支持，请重新填写' }))
      return 'refused'
    }
    try {
      for (const [index, photo] of item.photos.entries()) {
        if (photo.uploadedId) continue
        const { id } = await ports.upload(photo.path)
        item.photos[index] = { ...photo, uploadedId: id }
        // Kept at once: a resend after a failure further on uploads only the photos still missing.
        update(item.requestId, (i) => ({ ...i, photos: i.photos.map((p, j) => (j === index ? { ...p, uploadedId: id } : p)) }))
      }
      await ports.call(contract, inputOf(item) as never, { requestId: item.requestId })
      update(item.requestId, () => null)
      return 'sent'
    } catch (e) {
      const offline = isNetwork(e)
      update(item.requestId, (i) => ({ ...i, attempts: i.attempts + 1, lastError: messageOf(e), refused: !offline }))
      return offline ? 'offline' : 'refused'
    }
  }

  async function flushNow(): Promise<FlushResult> {
    let sent = 0
    let offline = false
    for (const item of ports.storage.read()) {
      if (item.refused) continue
      const outcome = await sendOne(structuredCloneOf(item))
      if (outcome === 'sent') sent++
      // Without a network the next one would fail the same way; they wait for the network to come back.
      if (outcome === 'offline') {
        offline = true
        break
      }
    }
    const left = ports.storage.read()
    return { sent, waiting: left.filter((i) => !i.refused).length, refused: left.filter((i) => i.refused).length, offline }
  }

  return {
    list: (): QueuedItem[] => ports.storage.read(),
    /** Queues a form; the request id is the one its intent already has, so a form queued twice is one item. */
    add(item: Omit<QueuedItem, 'queuedAt' | 'attempts' | 'lastError' | 'refused'>): void {
      const items = ports.storage.read().filter((i) => i.requestId !== item.requestId)
      ports.storage.write([...items, { ...item, queuedAt: now().toISOString(), attempts: 0, lastError: null, refused: false }])
    },
    remove(requestId: string): void {
      update(requestId, () => null)
    },
    /** Sends a refused item again (after the person looked at it). */
    retry(requestId: string): void {
      update(requestId, (i) => ({ ...i, refused: false }))
    },
    /** Sends what waits, oldest first; two flushes at once share one run, so nothing is sent twice at the same time. */
    flush(): Promise<FlushResult> {
      flushing ??= flushNow().finally(() => {
        flushing = null
      })
      return flushing
    },
  }
}

export type OfflineQueue = ReturnType<typeof createOfflineQueue>

function structuredCloneOf(item: QueuedItem): QueuedItem {
  return { ...item, input: { ...item.input }, photos: item.photos.map((p) => ({ ...p })) }
}
