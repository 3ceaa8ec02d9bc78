import { maskSensitiveText } from '../domain/masking'
import { formatFen } from '../domain/money'
import { link } from '../routes'
import { STATE_LABEL } from '../domain/workflow/labels'
import type { Application } from '../schemas/application'
import { OBJECTION_STATE_LABEL, type Objection } from '../schemas/objection'
import { PUBLICITY_STAGE_LABEL } from '../schemas/publicity'
import { HAZARD_STATUS_LABEL, type HazardReport } from '../schemas/hazard'
import type { Notification, NotificationKind } from '../schemas/notification'
import { PAYMENT_STAGE_LABEL, type Payment } from '../schemas/payment'
import { seqOf } from './paging'

type NewMessage = Pick<Notification, 'recipientId' | 'kind' | 'title' | 'body' | 'fields' | 'page'>

/** An outbox record, pending delivery; written in the same transaction as the fact it reports. */
export function outboxRecord(id: string, at: string, message: NewMessage): Notification {
  return {
    _id: id,
    ...message,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    read: false,
    createdAt: at,
    seq: seqOf(at, id),
  }
}

/*
 * Messages go to the household, so what people typed (a voucher number, a reviewer's comment) has its
 * ID, phone and account numbers masked; the structured parts (case number, dates) are the app's own.
 */

/** Where the money went, in the household's words: its own one card, or straight to the builder or the landlord. */
const PAID_INTO: Record<Payment['payeeType'], string> = {
  household: '拨付到您的一卡通账户',
  builder: '按您的书面同意直接支付给施工单位账户',
  landlord: '按租赁合同支付给出租方账户',
}

export function fundsArrivedMessage(recipientId: string, payment: Payment): NewMessage {
  const amount = formatFen(payment.amountFen)
  const voucherNo = maskSensitiveText(payment.voucherNo)
  const stage = PAYMENT_STAGE_LABEL[payment.stage]
  return {
    recipientId,
    kind: 'funds_arrived',
    title: '补助资金已到账',
    body: `${stage}${amount}已于${payment.paidOn}${PAID_INTO[payment.payeeType]}（${payment.payeeAccountMasked}），凭证号${voucherNo}。`,
    fields: { amount, date: payment.paidOn, stage, caseNo: payment.caseNo, account: payment.payeeAccountMasked },
    page: link('payments'),
  }
}

export function caseUpdateMessage(recipientId: string, c: Application, typed: string): NewMessage {
  const state = STATE_LABEL[c.state]
  const comment = maskSensitiveText(typed)
  return {
    recipientId,
    kind: 'case_update',
    title: '申请进度更新',
    body: `您的申请${c.caseNo}：${state}${comment ? `。意见：${comment}` : ''}`,
    fields: { caseNo: c.caseNo, state, date: c.updatedAt.slice(0, 10), comment: comment || '无' },
    page: link('case', { caseId: c._id }),
  }
}

/**
 * To the objector, once the township has resolved their objection: what they objected to (the masked name
 * only), the result and the township's written reason. Anonymous objectors get it too: only the objector
 * receives it, and it names nobody.
 */
export function objectionResolvedMessage(recipientId: string, o: Objection): NewMessage {
  const result = OBJECTION_STATE_LABEL[o.state]
  const text = maskSensitiveText(o.resolution?.text ?? '')
  const subject = `${o.villageName}${o.maskedName}${PUBLICITY_STAGE_LABEL[o.stage]}公示`
  return {
    recipientId,
    kind: 'objection_resolved',
    title: '异议处理结果',
    body: `您对${subject}提出的异议已处理：${result}。处理意见：${text}`,
    fields: { subject, result, date: o.resolution?.on ?? o.raisedOn, comment: text || '无' },
    page: link('myObjections'),
  }
}

/** To the reporter's identity (an anonymous reporter too): the report's number and status, never the reporter's name. */
export function hazardUpdateMessage(recipientId: string, r: HazardReport, typed: string): NewMessage {
  const state = HAZARD_STATUS_LABEL[r.status]
  const comment = maskSensitiveText(typed)
  return {
    recipientId,
    kind: 'hazard_update',
    title: '隐患反映处理进度',
    body: `您反映的问题${r.reportNo}：${state}${comment ? `。说明：${comment}` : ''}`,
    fields: { reportNo: r.reportNo, state, date: r.updatedAt.slice(0, 10), comment: comment || '无' },
    page: link('myHazards'),
  }
}

/** Every message kind and its builder: a new kind is added here, and the route test walks its link to a page. */
export const MESSAGE_BUILDERS = {
  funds_arrived: fundsArrivedMessage,
  case_update: caseUpdateMessage,
  objection_resolved: objectionResolvedMessage,
  hazard_update: hazardUpdateMessage,
} as const satisfies Record<NotificationKind, (...args: never[]) => NewMessage>

/**
 * Which key of the WeChat subscribe-message template each field of a message fills (docs/notifications.md). The
 * key's type (its name without the number: thing, phrase, date, amount, character_string) sets WeChat's length
 * rule, which the sender enforces when it sends; a template chosen in the console must have these keys, or this
 * map changes with it.
 */
export const TEMPLATE_FIELDS: Readonly<Record<NotificationKind, Readonly<Record<string, string>>>> = {
  case_update: { caseNo: 'character_string1', state: 'thing2', date: 'date3', comment: 'thing4' },
  funds_arrived: { amount: 'amount1', stage: 'thing2', date: 'date3', caseNo: 'character_string4', account: 'thing5' },
  objection_resolved: { subject: 'thing1', result: 'phrase2', date: 'date3', comment: 'thing4' },
  hazard_update: { reportNo: 'character_string1', state: 'thing2', date: 'date3', comment: 'thing4' },
}
