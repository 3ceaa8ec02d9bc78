import * as z from 'zod'
import { Id, Instant, Seq } from './common'

export const NotificationKind = z.enum(['funds_arrived', 'case_update', 'objection_resolved', 'hazard_update'])
export type NotificationKind = z.infer<typeof NotificationKind>

/**
 * A message in the transactional outbox: written in the same transaction as the fact it reports,
 * then delivered by a sender (WeChat subscribe message, or the local inbox).
 */
export const Notification = z.object({
  _id: Id,
  recipientId: Id,
  kind: NotificationKind,
  title: z.string(),
  body: z.string(),
  /** Fields for the subscribe-message template, already formatted for display. */
  fields: z.record(z.string(), z.string()),
  page: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  /**
   * When a pending message may next be tried: its creation, then later after each failed attempt (back-off),
   * and briefly ahead while one delivery run holds it, so that no other run sends it too.
   */
  nextAttemptAt: Instant.optional(),
  /** The delivery run that holds the message until nextAttemptAt (random per run). */
  claim: z.string().max(40).optional(),
  lastError: z.string().optional(),
  read: z.boolean(),
  createdAt: Instant,
  seq: Seq,
  sentAt: Instant.optional(),
})
export type Notification = z.infer<typeof Notification>
