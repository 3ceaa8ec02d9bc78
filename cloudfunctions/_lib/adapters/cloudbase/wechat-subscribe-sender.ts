import type { NotificationSender } from '@shared/ports/notifications'
import type { Notification, NotificationKind } from '@shared/schemas/notification'
import { TEMPLATE_FIELDS } from '@shared/usecases/notify'
import { checkReply, type CloudbaseWxOpenApiApp } from './sdk-shapes'

/**
 * Delivers outbox messages as WeChat subscribe messages (订阅消息), through CloudBase's open-API proxy:
 * `app.callWxOpenApi({ apiName: 'cgi-bin/message/subscribe/send', requestData })`, which calls WeChat as the
 * mini-program bound to the env, so no access token handling is needed here.
 * WeChat answers `{ errcode, errmsg }`; any errcode other than 0 (e.g. 43101: the user has no subscription left
 * for this template) is thrown as a WechatSendError, so the dispatcher records the attempt.
 */

export const SUBSCRIBE_SEND_API = 'cgi-bin/message/subscribe/send'

export type MiniprogramState = 'developer' | 'trial' | 'formal'

export interface WechatSubscribeSenderOptions {
  /** Subscribe-message template id per notification kind (from the mini-program admin console). */
  templates: Record<NotificationKind, string>
  /** Message field → template key per kind (default TEMPLATE_FIELDS); a field without a line keeps its own name. */
  fieldKeys?: Record<NotificationKind, Readonly<Record<string, string>>>
  /** Which build a tap on the message opens (default 'formal'). */
  miniprogramState?: MiniprogramState
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
  /**
   * The recipient's openid. Default: recipientId is the openid. Give this when user ids differ from openids
   * (e.g. look the user up); returning null fails the send.
   */
  openIdOf?: (recipientId: string) => Promise<string | null>
}

export class WechatSendError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat refused the subscribe message: errcode ${errcode} ${errmsg}`)
    this.name = 'WechatSendError'
  }
}

/**
 * Value length limits per template key type (the key minus its trailing number: thing3 → thing), from WeChat's
 * subscribe-message rules. Longer values make WeChat refuse the whole message (errcode 47003), so they are cut.
 */
const LIMITS: Record<string, number> = {
  thing: 20,
  number: 32,
  letter: 32,
  symbol: 5,
  character_string: 32,
  phone_number: 17,
  car_number: 8,
  phrase: 5,
}

function keyType(key: string): string {
  return key.replace(/\d+$/, '')
}

/** Cuts a template value to what WeChat accepts for its key type, counting characters, not UTF-16 units. */
export function fitTemplateValue(key: string, value: string): string {
  const type = keyType(key)
  const chars = Array.from(value)
  // name: 10 Chinese characters, or 20 letters / symbols
  const limit = type === 'name' ? (/^[\u3400-\u9fff·]+$/.test(value) ? 10 : 20) : LIMITS[type]
  // amount: a currency sign and at most 10 plain digits with decimals; our ¥1,234.00 loses its thousands commas.
  if (type === 'amount') return value.replace(/,/g, '')
  if (limit === undefined || chars.length <= limit) return value
  // thing is free text: an ellipsis shows it was cut. Codes and numbers are cut bare (… is not a valid character).
  return type === 'thing' ? `${chars.slice(0, limit - 1).join('')}…` : chars.slice(0, limit).join('')
}

export interface SubscribeSendRequest {
  touser: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  miniprogram_state: MiniprogramState
  lang: string
}

/** The request body for subscribe/send, built from an outbox message whose `fields` are the template's keys. */
function subscribeSendRequest(
  message: Notification,
  openid: string,
  templateId: string,
  keys: Readonly<Record<string, string>>,
  state: MiniprogramState = 'formal',
  lang = 'zh_CN',
): SubscribeSendRequest {
  return {
    touser: openid,
    template_id: templateId,
    page: message.page.replace(/^\/+/, ''), // WeChat wants a page path without the leading slash
    data: Object.fromEntries(
      Object.entries(message.fields).map(([field, value]) => {
        const key = keys[field] ?? field
        return [key, { value: fitTemplateValue(key, value) }]
      }),
    ),
    miniprogram_state: state,
    lang,
  }
}

export function createWechatSubscribeSender(
  app: CloudbaseWxOpenApiApp,
  options: WechatSubscribeSenderOptions,
): NotificationSender {
  const openIdOf = options.openIdOf ?? (async (recipientId: string) => recipientId)

  return {
    async send(message) {
      const templateId = options.templates[message.kind]
      if (!templateId) throw new Error(`no subscribe-message template configured for ${message.kind}`)
      const openid = await openIdOf(message.recipientId)
      if (!openid) throw new Error(`no openid for recipient ${message.recipientId}`)
      const keys = (options.fieldKeys ?? TEMPLATE_FIELDS)[message.kind] ?? {}
      const requestData = subscribeSendRequest(message, openid, templateId, keys, options.miniprogramState, options.lang)
      const reply = checkReply(await app.callWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData }), 'subscribe/send')
      const result = reply.result as { errcode?: unknown; errmsg?: unknown } | string | undefined
      if (typeof result !== 'object' || result === null) {
        throw new Error(`subscribe/send: unexpected reply ${JSON.stringify(result)}`)
      }
      const errcode = Number(result.errcode ?? 0)
      if (errcode !== 0) throw new WechatSendError(errcode, String(result.errmsg ?? ''))
    },
  }
}
