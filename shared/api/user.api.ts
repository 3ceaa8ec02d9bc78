import * as z from 'zod'
import { Id, IdNumber, PageInput, Phone, pageOf } from '../schemas/common'
import { action } from './contract'
import { Me, MessageView } from './views'

/** A recorded upload: `id` is what an application's `photoIds` takes. */
export const UploadView = z.object({
  id: Id,
  kind: z.enum(['photo', 'document']),
  contentType: z.string(),
  size: z.number().int(),
})

export const userApi = {
  me: action({
    fn: 'user',
    action: 'me',
    summary:
      'Who the caller is: role, jurisdiction and unread messages. Unregistered WeChat users get registered=false; a caller without identity also gets openid=null.',
    audience: 'public',
    effect: 'read',
    input: z.object({}).strict(),
    output: Me,
    errors: [],
  }),
  messages: action({
    fn: 'user',
    action: 'messages',
    summary: "The caller's messages (funds arrived, case updates), newest first.",
    audience: 'registered',
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(MessageView),
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED'],
  }),
  markRead: action({
    fn: 'user',
    action: 'markRead',
    summary: 'Marks the given messages of the caller as read; ids of other people are ignored.',
    audience: 'registered',
    effect: 'write',
    input: z.object({ ids: z.array(Id).min(1).max(100) }).strict(),
    output: z.object({ updated: z.number().int() }),
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED'],
  }),
  registerUpload: action({
    fn: 'user',
    action: 'registerUpload',
    summary:
      'Records a file the mini-program put in cloud storage: checks its bytes (JPEG, PNG, WebP, HEIC; PDF for documents) and the daily quota.',
    audience: 'registered',
    effect: 'write',
    input: z.object({ fileId: z.string().min(1).max(300), kind: z.enum(['photo', 'document']).default('photo') }).strict(),
    output: UploadView,
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_REGISTERED'],
  }),
  issueBindCode: action({
    fn: 'user',
    action: 'issueBindCode',
    summary:
      'A village official makes the one-time code (8 characters, 14 days) a household binds with; shown once, an earlier code of the household stops working.',
    audience: ['village'],
    effect: 'write',
    input: z.object({ householdId: Id }).strict(),
    output: z.object({ code: z.string(), expiresAt: z.string() }),
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  bind: action({
    fn: 'user',
    action: 'bind',
    summary:
      "Binds the caller's identity once: a farmer with a household member's ID number + the village's code, or a staff member's WeChat with their phone + the administrator's code. A wrong detail answers one refusal that does not say which part was wrong; tries are limited.",
    audience: 'public',
    effect: 'write',
    input: z.union([
      z.object({ idNumber: IdNumber, code: z.string().min(4).max(20) }).strict(),
      z.object({ phone: Phone, code: z.string().min(4).max(20) }).strict(),
    ]),
    output: Me,
    errors: ['UNAUTHENTICATED', 'WRONG_CODE', 'TOO_MANY_ATTEMPTS', 'ALREADY_BOUND'],
  }),
} as const
