import type { z } from 'zod'
import { User } from '@shared/schemas/user'

export function aUser(overrides: Partial<z.input<typeof User>> = {}): User {
  return User.parse({
    _id: 'u-farmer',
    name: '张三',
    role: 'farmer',
    regionPath: '371311.101.201',
    householdId: 'hh-1',
    ...overrides,
  })
}
