import * as z from 'zod'
import { Id, Instant } from '../../schemas/common'
import { defineCollection } from '../collection'

/** A staff member's way in on H5: `_id` is the phone; secrets are bcrypt hashes, never the code or password. */
export const Account = z.object({
  _id: z.string().regex(/^1\d{10}$/),
  userId: Id,
  passwordHash: z.string().optional(),
  loginCode: z.object({ hash: z.string(), expiresAt: Instant, attempts: z.number().int().nonnegative() }).nullable().optional(),
  /** When the recent codes were sent, for the per-phone rate limit. */
  codesSentAt: z.array(Instant).max(20).default([]),
})

export const accounts = defineCollection({
  name: 'accounts',
  summary: 'Staff sign-in accounts for H5: phone → user, hashed password and one-time code.',
  schema: Account,
  indexes: [{ fields: ['userId'], unique: true }],
  audited: false,
})
