import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { NotificationSender } from '@shared/ports/notifications'
import type { Notification } from '@shared/schemas/notification'

/**
 * The local stand-in for WeChat subscribe messages: each delivered message becomes one JSON line in an outbox
 * file (e.g. data/outbox.jsonl), which a developer can tail and tests can read back.
 */

export interface DeliveredMessage {
  deliveredAt: string
  message: Notification
}

export interface LocalInboxSender extends NotificationSender {
  readonly file: string
  /** Everything delivered so far, oldest first. */
  readAll(): Promise<DeliveredMessage[]>
}

export async function readLocalInbox(file: string): Promise<DeliveredMessage[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return []
    throw error
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DeliveredMessage)
}

export function createLocalInboxSender(file: string, now: () => Date = () => new Date()): LocalInboxSender {
  return {
    file,
    async send(message) {
      await mkdir(dirname(file), { recursive: true })
      const line: DeliveredMessage = { deliveredAt: now().toISOString(), message }
      // One write per line with O_APPEND: concurrent sends never interleave within a line.
      await appendFile(file, `${JSON.stringify(line)}\n`, 'utf8')
    },
    readAll: () => readLocalInbox(file),
  }
}
