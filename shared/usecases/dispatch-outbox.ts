import { cmp, MAX_READ } from '../ports/document-store'
import type { NotificationSender } from '../ports/notifications'
import type { Notification } from '../schemas/notification'
import { col, txCol } from './collections'
import type { Deps } from './deps'

/** After this many failed deliveries a message stays in the in-app inbox only and is marked failed. */
export const MAX_ATTEMPTS = 5

/** The wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure marks the message failed. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const

/**
 * How long a run holds a message it is sending. Another run skips it meanwhile; a run that dies between
 * claim and mark leaves it due again after this, so a message is delivered at least once and not twice
 * by runs that overlap.
 */
export const CLAIM_MS = 2 * 60_000

export type OutboxPass = { due: number; sent: number; retrying: number; failed: number; skipped: number }

const at = (ms: number) => new Date(ms).toISOString()

/**
 * One pass over the messages that are due, oldest due first. Each is claimed in a transaction before it is
 * sent, then marked sent, or rescheduled with back-off, or failed after the last attempt.
 */
export async function dispatchOutbox(
  deps: Pick<Deps, 'store' | 'clock'>,
  sender: NotificationSender,
  batch = 50,
): Promise<OutboxPass> {
  const notifications = col(deps.store, 'notifications')
  const now = deps.clock.now().getTime()
  const due = await notifications
    .where({ status: 'pending', nextAttemptAt: cmp.lte(at(now)) })
    .orderBy('nextAttemptAt', 'asc')
    .limit(Math.min(batch, MAX_READ))
    .get()
  const pass: OutboxPass = { due: due.length, sent: 0, retrying: 0, failed: 0, skipped: 0 }
  for (const candidate of due) {
    const message = await claim(deps, candidate._id, now)
    if (!message) {
      pass.skipped++
      continue
    }
    try {
      await sender.send(message)
      await notifications.doc(message._id).update({ status: 'sent', sentAt: at(deps.clock.now().getTime()) })
      pass.sent++
    } catch (error) {
      const attempts = message.attempts + 1
      const failed = attempts >= MAX_ATTEMPTS
      await notifications.doc(message._id).update({
        attempts,
        status: failed ? 'failed' : 'pending',
        nextAttemptAt: at(now + BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1]),
        lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
      })
      if (failed) pass.failed++
      else pass.retrying++
    }
  }
  return pass
}

/** The message, now held by this run; null when it was sent, or is held by another run, since it was read. */
async function claim(deps: Pick<Deps, 'store'>, id: string, now: number): Promise<Notification | null> {
  return deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'notifications').doc(id)
    const message = await ref.get()
    if (message?.status !== 'pending' || (message.nextAttemptAt ?? '') > at(now)) return null
    await ref.update({ nextAttemptAt: at(now + CLAIM_MS) })
    return message
  })
}
