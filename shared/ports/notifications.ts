import type { Notification } from '../schemas/notification'

/**
 * Delivers one outbox message: WeChat subscribe message in production, the local inbox otherwise.
 * Throws when delivery failed; the dispatcher records the attempt and tries again later.
 */
export interface NotificationSender {
  send(message: Notification): Promise<void>
}
