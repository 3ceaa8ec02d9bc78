import * as z from 'zod'
import { defineCollection } from '../collection'

const Fields = z.record(z.string(), z.unknown())

export const AuditEntry = z.object({
  _id: z.string().regex(/^\d{12}$/),
  seq: z.number().int().min(1),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  actor: z.object({
    id: z.string().nullable(),
    name: z.string(),
    role: z.string(),
    openid: z.string().nullable(),
  }),
  call: z.string().min(3),
  requestId: z.string().nullable(),
  caseId: z.string().nullable(),
  householdId: z.string().nullable(),
  changes: z.array(z.object({ collection: z.string(), id: z.string(), before: Fields.nullable(), after: Fields.nullable() })),
  bulk: z.array(z.object({ collection: z.string(), where: Fields, patch: Fields, count: z.number().int().min(1) })).optional(),
})

export const audit = defineCollection({
  name: 'audit',
  summary: 'The audit trail: one entry per write transaction, chained by SHA-256; append-only.',
  schema: AuditEntry,
  indexes: [{ fields: ['caseId', 'seq'] }, { fields: ['householdId', 'seq'] }],
  audited: false,
})
