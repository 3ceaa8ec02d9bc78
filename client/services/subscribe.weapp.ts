import Taro from '@tarojs/taro'
import type { NotificationKind } from '@shared/schemas/notification'
import { type Consent, templateIdsFor } from './subscribe-core'

/**
 * WeChat shows its consent dialog only for a call made in the handler of the person's tap (not after an await),
 * and each "允许" is good for one message of that template. So a page calls this first thing in the tap that
 * submits, without awaiting it before its own request; a refusal or a failure never stops the submit.
 */
export function askToNotify(kinds: readonly NotificationKind[]): Promise<Consent> {
  const tmplIds = templateIdsFor(kinds)
  if (tmplIds.length === 0) return Promise.resolve('skipped')
  return Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)
    .then((res) => (tmplIds.some((id) => (res as Record<string, unknown>)[id] === 'accept') ? 'accepted' : 'rejected'))
    .catch(() => 'skipped' as const)
}
