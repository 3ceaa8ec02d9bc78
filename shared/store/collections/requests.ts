import * as z from 'zod'
import { defineCollection } from '../collection'

/** A client request id claimed by its first write; the answer is kept so a repeat gets it back. */
export const RequestRecord = z.object({
  _id: z.string(),
  call: z.string(),
  state: z.enum(['pending', 'done']),
  answer: z.unknown(),
  createdAt: z.string(),
})

export const requests = defineCollection({
  name: 'requests',
  summary: 'Request ids of write calls (hash of OPENID, function.action, requestId) and their first answers.',
  schema: RequestRecord,
  indexes: [{ fields: ['createdAt'] }],
  audited: false,
})
