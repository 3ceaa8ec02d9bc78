import type { StaffView } from '@shared/api/admin.api'
import type { User } from '@shared/schemas/user'

export const staffView = (u: User): StaffView => ({
  _id: u._id,
  name: u.name,
  role: u.role,
  regionPath: u.regionPath,
  phone: u.phone ?? null,
  disabled: u.disabled ?? false,
})
