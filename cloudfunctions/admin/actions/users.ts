import { api } from '@shared/api'
import { listCountyUsers } from '@shared/usecases/auth/admin-users'
import { implement } from '../../_lib/runtime/router'
import { staffView } from './staff-view'

export const users = implement(api.admin.users, async (input, { deps, caller }) => {
  const page = await listCountyUsers(deps, caller, input)
  return { items: page.items.map(staffView), next: page.next }
})
