import { api } from '@shared/api'
import { updateCountyUser } from '@shared/usecases/auth/admin-users'
import { implement } from '../../_lib/runtime/router'
import { staffView } from './staff-view'

export const updateUser = implement(api.admin.updateUser, async (input, { deps, caller }) =>
  staffView(deps.store, await updateCountyUser(deps, caller, input)),
)
