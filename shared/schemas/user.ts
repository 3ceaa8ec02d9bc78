import * as z from 'zod'
import { Id, Phone, RegionPath } from './common'

export const Role = z.enum(['farmer', 'village', 'township', 'county', 'finance', 'appraiser', 'admin'])
export type Role = z.infer<typeof Role>

export const ROLE_LABEL: Record<Role, string> = {
  farmer: '农户',
  village: '村委会',
  township: '乡镇',
  county: '县住建局',
  finance: '财政',
  appraiser: '鉴定机构',
  admin: '管理员',
}

/**
 * A signed-in person. `_id` is the WeChat OPENID or the H5 identity of a farmer; for staff created by the
 * administrator a generated id (their WeChat OPENID is linked in `identities`). `regionPath` is where they may act.
 */
export const User = z.object({
  _id: Id,
  name: z.string().min(1).max(40),
  role: Role,
  regionPath: RegionPath,
  householdId: Id.optional(),
  phone: Phone.optional(),
  /** Set by the administrator: every call of a disabled user is refused. */
  disabled: z.boolean().optional(),
})
export type User = z.infer<typeof User>
