import { DomainError } from '../../domain/errors'
import { levelOf, within } from '../../domain/jurisdiction'
import { ROLE_LEVEL } from '../../domain/session-rules'
import { cmp, type DocumentStore, type Where } from '../../ports/document-store'
import type { RegionPath } from '../../schemas/common'
import type { Role, User } from '../../schemas/user'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { issueCodeIn } from './bind-codes'
import { revokeSessionsOf } from './sessions'

const LEVEL_LABEL = { county: '县', township: '乡镇', village: '村' } as const

/** A staff role sits at one level: a village official on a village, a township official on a township, the rest on the county. */
export function checkPlacement(county: RegionPath, role: Role, regionPath: RegionPath): void {
  if (role === 'farmer') throw new DomainError('bad_input', '农户由村里发放绑定码自行绑定，不能在这里创建')
  if (!within(county, regionPath)) throw new DomainError('bad_input', '地区不在本县范围内')
  const level = ROLE_LEVEL[role]
  if (levelOf(regionPath) !== level) throw new DomainError('bad_input', `该角色的地区应为${LEVEL_LABEL[level]}级`)
}

/**
 * The users of a county by id, optionally of one role. The store has no prefix match, so rows are read in id
 * order and those of other counties (absent in a one-county deployment) are skipped.
 */
export async function listCountyUsers(
  deps: Deps,
  caller: Registered,
  { role, after, limit }: { role?: Role; after?: string; limit: number },
): Promise<{ items: User[]; next: string | null }> {
  const county = caller.user.regionPath
  const found: User[] = []
  let cursor = after
  for (;;) {
    const where: Where = { regionPath: cmp.gte(county), ...(role ? { role } : {}), ...(cursor ? { _id: cmp.gt(cursor) } : {}) }
    const batch = await col(deps.store, 'users').where(where).orderBy('_id', 'asc').limit(SCAN_BATCH).get()
    found.push(...batch.filter((u) => within(county, u.regionPath)))
    if (found.length > limit || batch.length < SCAN_BATCH) break
    cursor = batch[batch.length - 1]!._id
  }
  const items = found.slice(0, limit)
  return { items, next: found.length > limit ? items[items.length - 1]!._id : null }
}

const SCAN_BATCH = 200

export type NewStaff = { name: string; phone: string; role: Role; regionPath: RegionPath }

/**
 * A staff record with its H5 account (phone) and a one-time code with which the person links their WeChat, all
 * in one transaction. The phone is the account's id, so one phone never signs in as two people.
 */
export async function createStaffUser(
  deps: Deps,
  caller: Registered,
  input: NewStaff,
): Promise<{ user: User; bindCode: string; expiresAt: string }> {
  checkPlacement(caller.user.regionPath, input.role, input.regionPath)
  const now = deps.clock.now()
  const user: User = { _id: deps.newId(), name: input.name, role: input.role, regionPath: input.regionPath, phone: input.phone }
  const issued = await deps.store.runTransaction(async (tx) => {
    if (await txCol(tx, 'accounts').doc(input.phone).get()) throw new DomainError('bad_input', '这个手机号已有账号')
    await txCol(tx, 'users').doc(user._id).set(withoutId(user))
    await txCol(tx, 'accounts').doc(input.phone).set({ userId: user._id, codesSentAt: [] })
    return issueCodeIn(tx, `staff:${user._id}`, [], caller.user._id, now)
  })
  return { user, bindCode: issued.code, expiresAt: issued.expiresAt }
}

export type UserChange = { userId: string; name?: string; role?: Role; regionPath?: RegionPath; disabled?: boolean }

/** Changes a user of the county; a change of role, region or standing signs them out everywhere. */
export async function updateCountyUser(deps: Deps, caller: Registered, change: UserChange): Promise<User> {
  const current = await col(deps.store, 'users').doc(change.userId).get()
  if (!current || !within(caller.user.regionPath, current.regionPath)) throw new DomainError('not_found')
  if (current._id === caller.user._id && (change.disabled || (change.role && change.role !== 'admin'))) {
    throw new DomainError('bad_input', '不能停用自己或取消自己的管理员身份')
  }
  const next: User = {
    ...current,
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.role !== undefined ? { role: change.role } : {}),
    ...(change.regionPath !== undefined ? { regionPath: change.regionPath } : {}),
    ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
  }
  const placed = change.role !== undefined || change.regionPath !== undefined
  if (placed) {
    if (current.role === 'farmer') throw new DomainError('bad_input', '农户的身份和地区随户籍，不能在这里改')
    checkPlacement(caller.user.regionPath, next.role, next.regionPath)
  }
  await deps.store.runTransaction(async (tx) => {
    await txCol(tx, 'users').doc(next._id).set(withoutId(next))
  })
  if (placed || change.disabled) await revokeAllOf(deps, next._id)
  return next
}

/** Every session of the user and of the identities linked to them. */
async function revokeAllOf(deps: Deps, userId: string): Promise<void> {
  const linked = await col(deps.store, 'identities').where({ userId }).limit(100).get()
  for (const openid of [userId, ...linked.map((l) => l._id)]) await revokeSessionsOf(deps.store, openid)
}

/**
 * The first way into a production deployment: the county administrator, from the environment or the CLI.
 * Refused once the county has an administrator, so it cannot be used to take over a running system.
 */
export async function createFirstAdmin(
  deps: Deps,
  { name, phone, countyPath }: { name: string; phone: string; countyPath: RegionPath },
): Promise<User> {
  if (levelOf(countyPath) !== 'county') throw new DomainError('bad_input', '县的地区编码应为 6 位数字')
  if ((await col(deps.store, 'users').where({ role: 'admin' }).count()) > 0) {
    throw new DomainError('forbidden', '已经有管理员了，请由管理员在系统里添加账号')
  }
  const user: User = { _id: deps.newId(), name, role: 'admin', regionPath: countyPath, phone }
  await deps.store.runTransaction(async (tx) => {
    if (await txCol(tx, 'accounts').doc(phone).get()) throw new DomainError('bad_input', '这个手机号已有账号')
    await txCol(tx, 'users').doc(user._id).set(withoutId(user))
    await txCol(tx, 'accounts').doc(phone).set({ userId: user._id, codesSentAt: [] })
  })
  return user
}

export async function hasAdmin(store: DocumentStore): Promise<boolean> {
  return (await col(store, 'users').where({ role: 'admin' }).count()) > 0
}
