import * as z from 'zod'
import { Id, Instant } from '../../schemas/common'
import { defineCollection } from '../collection'

/**
 * One-time binding codes, shown once when issued. `_id` is the SHA-256 of the code, so a code is found by
 * what the person types and never stored readable. `target` is `household:<id>` or `staff:<userId>`.
 */
export const BindCode = z.object({
  _id: z.string().min(16).max(64),
  target: z.string().min(1).max(80),
  issuedBy: Id,
  issuedAt: Instant,
  expiresAt: Instant,
})

export const bindCodes = defineCollection({
  name: 'bind_codes',
  summary: 'One-time codes (hashed) with which a farmer binds a household or staff link WeChat to their record.',
  schema: BindCode,
  indexes: [{ fields: ['target'] }],
  audited: true,
})
