import * as z from 'zod'
import { Id, Phone, RegionPath } from './common'

export const Role = z.enum(['farmer', 'village', 'township', 'county', 'finance', 'appraiser'])
export type Role = z.infer<typeof Role>

export const ROLE_LABEL: Record<Role, string> = {
  farmer: '农户',
  village: '村委会',
  township: '乡镇',
  county: '县住建局',
  finance: '财政',
  appraiser: '鉴定机构',
}

/** A signed-in person. `_id` is the WeChat OPENID; `regionPath` is where they may act. */
export const User = z.object({
  _id: Id,
  name: z.string().min(1).max(40),
  role: Role,
  regionPath: RegionPath,
  householdId: Id.optional(),
  phone: Phone.optional(),
})
export type User = z.infer<typeof User>
