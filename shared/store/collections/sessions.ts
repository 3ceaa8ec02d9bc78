import * as z from 'zod'
import { defineCollection } from '../collection'

/** Local server / H5 only: a bearer token standing in for the WeChat context. */
export const Session = z.object({
  _id: z.string().min(16).max(64),
  openid: z.string().min(1).max(64),
  createdAt: z.string(),
})

export const sessions = defineCollection({
  name: 'sessions',
  summary: 'H5 sign-in sessions of the local server: token → identity.',
  schema: Session,
  indexes: [],
  audited: false,
})
