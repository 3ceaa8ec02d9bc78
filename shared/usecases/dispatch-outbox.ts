import type { NotificationSender } from '../ports/notifications'
import { col } from './collections'
import type { Deps } from './deps'

/** After this many failed deliveries a message stays in the in-app inbox only and is marked failed. */
export const MAX_ATTEMPTS = 5

/**
 * Delivers pending outbox messages, oldest first. Every attempt is recorded, so a crash between send
 * and mark can at worst deliver a message twice, never lose it.
 */
export async function dispatchOutbox(
  deps: Pick<Deps, 'store' | 'clock'>,
  sender: NotificationSender,
  batch = 50,
): Promise<{ sent: number; failed: number }> {
  const notifications = col(deps.store, 'notifications')
  const pending = await notifications.where({ status: 'pending' }).orderBy('seq', 'asc').limit(batch).get()
  let sent = 0
  let failed = 0
  for (const message of pending) {
    try {
      await sender.send(message)
      await notifications.doc(message._id).update({ status: 'sent', sentAt: deps.clock.now().toISOString() })
      sent++
    } catch (error) {
      const attempts = message.attempts + 1
      await notifications.doc(message._id).update({
        attempts,
        status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
      })
      failed++
    }
  }
  return { sent, failed }
}
