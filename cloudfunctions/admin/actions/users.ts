import { api } from '@shared/api'
import { listCountyUsers } from '@shared/usecases/auth/admin-users'
import { implement } from '../../_lib/runtime/router'
import { staffViews } from './staff-view'

export const users = implement(api.admin.users, async (input, { deps, caller }) => {
  const page = await listCountyUsers(deps, caller, input)
  return { items: await staffViews(deps.store, page.items), next: page.next }
})
