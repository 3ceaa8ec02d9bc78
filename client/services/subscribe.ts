/**
 * Asking for subscribe-message consent. Taro builds `subscribe.weapp.ts` for the mini-program; everywhere else
 * (H5) there are no subscribe messages, the in-app list is the channel, so this asks nothing.
 */
import type { NotificationKind } from '@shared/schemas/notification'
import type { Consent } from './subscribe-core'

export function askToNotify(_kinds: readonly NotificationKind[]): Promise<Consent> {
  return Promise.resolve('skipped')
}
