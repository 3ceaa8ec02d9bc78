import { api } from '@shared/api'
import { createStaffUser } from '@shared/usecases/auth/admin-users'
import { implement } from '../../_lib/runtime/router'
import { staffView } from './staff-view'

export const createUser = implement(api.admin.createUser, async (input, { deps, caller }) => {
  const made = await createStaffUser(deps, caller, input)
  return { ...made, user: await staffView(deps.store, made.user) }
})
