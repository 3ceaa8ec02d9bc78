import { Notification } from '../../schemas/notification'
import { defineCollection } from '../collection'

export const notifications = defineCollection({
  name: 'notifications',
  summary: 'The outbox and in-app inbox: messages written with the fact they report, then delivered.',
  schema: Notification,
  indexes: [{ fields: ['recipientId', 'seq'] }, { fields: ['recipientId', 'read'] }, { fields: ['status', 'nextAttemptAt'] }],
  // The message is audited when it is queued with its fact; its delivery state is bookkeeping.
  audited: true,
})
