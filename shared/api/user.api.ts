import * as z from 'zod'
import { Id, PageInput, pageOf } from '../schemas/common'
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
} as const
