import * as z from 'zod'
import { RegionPath } from './common'

export const Region = z.object({
  _id: RegionPath,
  name: z.string().min(1).max(40),
  level: z.enum(['county', 'township', 'village']),
  parent: RegionPath.nullable(),
})
export type Region = z.infer<typeof Region>
