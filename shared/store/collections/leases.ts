import * as z from 'zod'
import { Instant } from '../../schemas/common'
import { defineCollection } from '../collection'

/** Who runs a background job now, and until when that holds unless renewed; the document id is the job's name. */
export const Lease = z.object({
  _id: z.string().min(1).max(64),
  owner: z.string().min(1).max(64),
  acquiredAt: Instant,
  expiresAt: Instant,
})
export type Lease = z.infer<typeof Lease>

export const leases = defineCollection({
  name: 'leases',
  summary: 'One document per background job while it runs, so that two runs of a job never overlap.',
  schema: Lease,
  indexes: [],
  audited: false,
})
