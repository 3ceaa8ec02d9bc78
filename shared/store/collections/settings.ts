import * as z from 'zod'
import { defineCollection } from '../collection'

/** `settings/calendar`: a year's holidays and adjusted working days before the calendar package knows them. */
export const Setting = z.object({
  _id: z.string().min(1).max(64),
  years: z.array(z.number().int()).optional(),
  // The calendar reads exactly these two words (shared/domain/calendar.ts); any other would stop every request.
  days: z.record(z.string(), z.enum(['workday', 'restday'])).optional(),
})

export const settings = defineCollection({
  name: 'settings',
  summary: 'County settings kept in the database so they change without a deploy (e.g. `calendar`).',
  schema: Setting,
  indexes: [],
  audited: true,
})
