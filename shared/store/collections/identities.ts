import * as z from 'zod'
import { Id, Instant } from '../../schemas/common'
import { defineCollection } from '../collection'

/** A further identity of a user: the WeChat OPENID of a staff member whose record the administrator created. */
export const Identity = z.object({
  _id: Id,
  userId: Id,
  linkedAt: Instant,
})

export const identities = defineCollection({
  name: 'identities',
  summary: 'OPENID → user, for staff whose user record was created by the administrator.',
  schema: Identity,
  indexes: [{ fields: ['userId'] }],
  audited: true,
})
