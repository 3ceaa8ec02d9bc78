import * as z from 'zod'
import { CalendarDate, Id, PageInput, Phone, RegionPath, pageOf } from '../schemas/common'
import { ObjectionState } from '../schemas/objection-state'
import { FreeText } from '../schemas/text'
import { action } from './contract'
import { PublicNotice } from './views'

/** An objection as its objector sees it: what they objected to, what they wrote, and the township's answer. */
export const MyObjectionView = z.object({
  _id: Id,
  noticeId: Id,
  villageName: z.string(),
  maskedName: z.string(),
  stageLabel: z.string(),
  reason: z.string(),
  anonymous: z.boolean(),
  state: ObjectionState,
  stateLabel: z.string(),
  raisedOn: CalendarDate,
  closesOn: CalendarDate,
  /** The township's written reason and, when upheld, what happened to the case. */
  resolution: z.object({ outcomeLabel: z.string().nullable(), text: z.string(), on: CalendarDate }).nullable(),
})
export type MyObjectionView = z.infer<typeof MyObjectionView>

export const ObjectInput = z
  .object({
    noticeId: Id,
    reason: FreeText({ min: 4, max: 500, label: '异议理由', multiline: true }),
    photoIds: z.array(Id).max(6, '照片最多6张').default([]),
    anonymous: z.boolean().default(false),
    /** A phone to be called back on; not kept for an anonymous objection. */
    contactPhone: Phone.optional(),
  })
  .strict()

export const publicityApi = {
  board: action({
    fn: 'publicity',
    action: 'board',
    summary:
      'The publicity board (公示栏) of a region, newest first: masked names, target group, grade, mode and amount, the end date and the countdown in working days. Open to every WeChat user.',
    audience: 'public',
    effect: 'read',
    input: PageInput.extend({ regionPath: RegionPath.optional() }).strict(),
    output: pageOf(PublicNotice),
    errors: ['BAD_INPUT'],
  }),
  notice: action({
    fn: 'publicity',
    action: 'notice',
    summary:
      'One publicity notice by id, for the page a villager opens from a shared link: masked name, village, target group, grade, mode, amount, window and countdown; never ID, phone or bank numbers.',
    audience: 'public',
    effect: 'read',
    input: z.object({ noticeId: Id }).strict(),
    output: PublicNotice,
    errors: ['BAD_INPUT', 'NOT_FOUND'],
  }),
  object: action({
    fn: 'publicity',
    action: 'object',
    summary:
      'Raises an objection (异议) to a notice during its window, through its last day: a reason, optional photos of the caller’s uploads, anonymous or not. Any WeChat user or signed-in visitor; holds the case until the township resolves it.',
    audience: 'public',
    effect: 'write',
    input: ObjectInput,
    output: MyObjectionView,
    errors: ['BAD_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'PUBLICITY_CLOSED', 'INVALID_TRANSITION'],
  }),
  myObjections: action({
    fn: 'publicity',
    action: 'myObjections',
    summary:
      'The caller’s own objections, newest first, with the township’s written resolution. A caller without identity has none.',
    audience: 'public',
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(MyObjectionView),
    errors: ['BAD_INPUT'],
  }),
} as const
