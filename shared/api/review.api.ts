import * as z from 'zod'
import { CalendarDate, Id, PageInput, pageOf } from '../schemas/common'
import { Application } from '../schemas/application'
import { FreeText } from '../schemas/text'
import { action } from './contract'
import { InboxItem } from './views'

/** return: to the applicant (whose resubmission comes straight back here); return_below: to the level below. */
export const Decision = z.enum(['approve', 'return', 'reject', 'return_below'])
export type Decision = z.infer<typeof Decision>

const Votes = z.number().int('请填整数').min(0, '票数不能为负').max(1000, '票数不能超过1000')

/** 村评议会议记录: required with the village's approval or rejection, taken by nobody else. */
export const MeetingInput = z
  .object({
    meetingOn: CalendarDate,
    attendance: z.number().int('请填整数').min(1, '到会人数至少1人').max(1000, '到会人数不能超过1000'),
    votesFor: Votes,
    votesAgainst: Votes,
    /** The upload id of the minutes photo, uploaded by the recording official. */
    minutesPhotoId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '请上传会议记录照片'),
  })
  .strict()
export type MeetingInput = z.infer<typeof MeetingInput>

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
      'Approves, returns (to the applicant, or to the level below) or rejects a case at the caller’s level. The village’s approval or rejection carries the meeting record (date, attendance, votes, minutes photo). Approval publicises the result for 5 working days; the next level may act once that has ended and its objections are resolved.',
    audience: ['village', 'township', 'county'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        decision: Decision,
        comment: FreeText({ min: 0, max: 500, label: '意见', multiline: true }).default(''),
        meeting: MeetingInput.optional(),
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
      'OBJECTION_OPEN',
      'NOT_APPRAISED',
      'NOT_ELIGIBLE',
      'CALENDAR_UNKNOWN',
    ],
  }),
} as const
