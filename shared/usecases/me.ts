import type { Me } from '../api/views'
import { ROLE_LABEL } from '../schemas/user'
import { col } from './collections'
import type { Caller, Deps } from './deps'
import { regionName } from './load'
import { nowOf } from './clock-view'

/** Who is calling. A WeChat user without a record is a member of the public, not an error. */
export async function whoAmI(deps: Deps, caller: Caller): Promise<Me> {
  const { today } = nowOf(deps)
  const user = caller.user
  if (!user) {
    return {
      openid: caller.openid,
      registered: false,
      userId: null,
      name: null,
      role: null,
      roleLabel: null,
      regionPath: null,
      regionName: null,
      householdId: null,
      unread: 0,
      today,
    }
  }
  const unread = await col(deps.store, 'notifications').where({ recipientId: user._id, read: false }).count()
  return {
    openid: caller.openid,
    registered: true,
    userId: user._id,
    name: user.name,
    role: user.role,
    roleLabel: ROLE_LABEL[user.role],
    regionPath: user.regionPath,
    regionName: await regionName(deps.store, user.regionPath),
    householdId: user.householdId ?? null,
    unread,
    today,
  }
}
