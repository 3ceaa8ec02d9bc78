import * as z from 'zod'
import { Instant } from '../../schemas/common'
import { defineCollection } from '../collection'

/**
 * H5 sign-in: a bearer token standing in for the WeChat context. `_id` is the SHA-256 of the token, so a copy
 * of the database signs nobody in. `endsAt` is the earlier of the idle and the absolute limit.
 */
export const Session = z.object({
  _id: z.string().min(16).max(64),
  openid: z.string().min(1).max(64),
  kind: z.enum(['staff', 'farmer', 'visitor']),
  createdAt: Instant,
  lastSeenAt: Instant,
  endsAt: Instant,
})

export const sessions = defineCollection({
  name: 'sessions',
  summary: 'H5 sign-in sessions: token hash → identity, with idle and absolute expiry.',
  schema: Session,
  indexes: [{ fields: ['openid'] }, { fields: ['endsAt'] }],
  audited: false,
})
