import * as z from 'zod'
import { defineCollection } from '../collection'

/** `main`: the last entry of the chain; every audited transaction reads and advances it, so they line up. */
export const AuditHead = z.object({
  _id: z.string(),
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
})

export const auditHeads = defineCollection({
  name: 'audit_heads',
  summary: 'The head of the audit chain (doc `main`: last seq and hash).',
  schema: AuditHead,
  indexes: [],
  audited: false,
})
