import * as z from 'zod'
import { Instant } from '../../schemas/common'
import { defineCollection } from '../collection'

/** Failed tries per key (e.g. `bind:<identity>`) in a window, so codes cannot be guessed. */
export const Attempt = z.object({
  _id: z.string().min(1).max(120),
  count: z.number().int().nonnegative(),
  since: Instant,
})

export const attempts = defineCollection({
  name: 'attempts',
  summary: 'Counters of failed sign-in and binding tries, for rate limits.',
  schema: Attempt,
  indexes: [],
  audited: false,
})
