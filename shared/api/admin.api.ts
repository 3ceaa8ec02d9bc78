import * as z from 'zod'
import { Id, pageOf } from '../schemas/common'
import { action } from './contract'

const Fields = z.record(z.string(), z.unknown())

export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string().nullable(), name: z.string(), role: z.string() }),
  call: z.string(),
  changes: z.array(z.object({ collection: z.string(), id: z.string(), before: Fields.nullable(), after: Fields.nullable() })),
  hash: z.string(),
})

export const adminApi = {
  auditTrail: action({
    fn: 'admin',
    action: 'auditTrail',
    summary:
      'The audit trail of one case or one household in the county official’s jurisdiction, newest first; ID, phone and bank numbers masked.',
    audience: ['county'],
    effect: 'read',
    input: z
      .object({
        caseId: Id.optional(),
        householdId: Id.optional(),
        after: z
          .string()
          .regex(/^\d{1,12}$/, '翻页位置有误')
          .optional(),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict()
      .refine((i) => (i.caseId === undefined) !== (i.householdId === undefined), '请指定一个案件或一户'),
    output: pageOf(AuditEntryView),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
} as const
