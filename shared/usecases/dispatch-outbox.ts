import { randomUUID } from 'node:crypto'
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
  const { claim, held } = await claimAll(
    deps,
    due.map((m) => m._id),
    now,
  )
  pass.skipped = due.length - held.length
  const sent: string[] = []
  const failures: Array<{ id: string; patch: Record<string, unknown> }> = []
  for (const message of held) {
    try {
      await sender.send(message)
      sent.push(message._id)
      pass.sent++
    } catch (error) {
      const attempts = message.attempts + 1
      const failed = attempts >= MAX_ATTEMPTS
      failures.push({
        id: message._id,
        patch: {
          attempts,
          status: failed ? 'failed' : 'pending',
          nextAttemptAt: at(now + BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1]),
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        },
      })
      if (failed) pass.failed++
      else pass.retrying++
    }
  }
  // One write for what was sent, whatever its size; failures differ per message. A run that dies before this
  // leaves its messages held until the claim runs out, then they are sent again (at least once, as before).
  if (sent.length > 0) {
    await notifications.updateWhere(
      { _id: cmp.in(sent), claim, status: 'pending' },
      { status: 'sent', sentAt: at(deps.clock.now().getTime()) },
    )
  }
  if (failures.length > 0) {
    await deps.store.runTransaction(async (tx) => {
      for (const o of failures) await txCol(tx, 'notifications').doc(o.id).update(o.patch)
    })
  }
  return pass
}

/**
 * The messages now held by this run: one conditional update moves those still due ahead by CLAIM_MS under this run's
 * mark, then the marked ones are read back; one sent, or held by another run, since it was read is left out.
 */
async function claimAll(deps: Pick<Deps, 'store'>, ids: readonly string[], now: number) {
  const claim = randomUUID()
  if (ids.length === 0) return { claim, held: [] as Notification[] }
  const notifications = col(deps.store, 'notifications')
  await notifications.updateWhere(
    { _id: cmp.in([...ids]), status: 'pending', nextAttemptAt: cmp.lte(at(now)) },
    { nextAttemptAt: at(now + CLAIM_MS), claim },
  )
  const held = await notifications
    .where({ _id: cmp.in([...ids]), claim })
    .limit(ids.length)
    .get()
  const order = new Map(ids.map((id, i) => [id, i]))
  return { claim, held: held.sort((a, b) => order.get(a._id)! - order.get(b._id)!) }
}
