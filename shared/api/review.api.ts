import * as z from 'zod'
import { Id, PageInput, pageOf } from '../schemas/common'
import { Application } from '../schemas/application'
import { FreeText } from '../schemas/text'
import { action } from './contract'
import { InboxItem } from './views'

export const Decision = z.enum(['approve', 'return', 'reject'])
export type Decision = z.infer<typeof Decision>

export const reviewApi = {
  inbox: action({
    fn: 'review',
    action: 'inbox',
    summary:
      'Cases waiting for the caller’s level inside their jurisdiction (village: 村评议; township: 审核; county: 审批), oldest first.',
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(InboxItem),
    errors: ['FORBIDDEN'],
  }),
  counts: action({
    fn: 'review',
    action: 'counts',
    summary: 'How many cases wait for the caller’s level inside their jurisdiction (the count on the 待办 tile).',
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: z.object({}).strict(),
    output: z.object({ inbox: z.number().int().nonnegative() }),
    errors: ['FORBIDDEN'],
  }),
  decide: action({
    fn: 'review',
    action: 'decide',
    summary:
      'Approves, returns or rejects a case at the caller’s level. Approval publicises the result for 5 working days; the next level may act once that has ended.',
    audience: ['village', 'township', 'county'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        decision: Decision,
        comment: FreeText({ min: 0, max: 500, label: '意见', multiline: true }).default(''),
      })
      .strict()
      .refine((v) => v.decision === 'approve' || v.comment.length > 0, {
        message: '退回或不予支持时请写明理由',
        path: ['comment'],
      }),
    output: Application,
    errors: [
      'BAD_INPUT',
      'FORBIDDEN',
      'NOT_FOUND',
      'INVALID_TRANSITION',
      'PUBLICITY_RUNNING',
      'CALENDAR_UNKNOWN',
      'NOT_ELIGIBLE',
    ],
  }),
} as const
