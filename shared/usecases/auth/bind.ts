import type { Me } from '../../api/views'
import { DomainError } from '../../domain/errors'
import { BIND_ATTEMPTS } from '../../domain/session-rules'
import type { User } from '../../schemas/user'
import { col, txCol, withoutId } from '../collections'
import type { Caller, Deps } from '../deps'
import { whoAmI } from '../me'
import { assertTriesLeft, countFailure } from './attempts'
import { digest, normaliseBindCode } from './secrets'

export type BindInput = { idNumber: string; code: string } | { phone: string; code: string }

/** One refusal for a wrong ID number, a wrong phone, a wrong, used or expired code: nothing tells which part. */
const refusal = () => new DomainError('wrong_code', '信息与绑定码对不上，请核对后再试，或向村里重新要一个绑定码')

/**
 * Binds the caller's identity once: a farmer to their household (ID number of a member + the village's code),
 * or a staff member's WeChat OPENID to the record the administrator made (phone + the code given with it).
 */
export async function bind(deps: Deps, caller: Caller, input: BindInput): Promise<Me> {
  const openid = caller.openid
  // Binding ties an identity to a household or staff record, so it needs one (a visitor session on H5).
  if (!openid) throw new DomainError('unauthenticated')
  if (caller.user) throw new DomainError('already_bound', '您已经绑定过了，无需再次绑定')
  const now = deps.clock.now()
  const key = `bind:${openid}`
  await assertTriesLeft(deps.store, key, now, BIND_ATTEMPTS)
  const codeId = digest(normaliseBindCode(input.code))
  const code = await col(deps.store, 'bind_codes').doc(codeId).get()
  const live = code && now.getTime() < Date.parse(code.expiresAt) ? code : null
  const user = live ? await matchingUser(deps, openid, live.target, input) : null
  if (!user) {
    await countFailure(deps.store, key, now, BIND_ATTEMPTS)
    throw refusal()
  }
  await deps.store.runTransaction(async (tx) => {
    // The code is spent in the same transaction, so two people racing with one code bind only one.
    if (!(await txCol(tx, 'bind_codes').doc(codeId).get())) throw refusal()
    await txCol(tx, 'bind_codes').doc(codeId).remove()
    if (user._id === openid) {
      await txCol(tx, 'users').doc(user._id).set(withoutId(user))
    } else {
      if (await txCol(tx, 'identities').doc(openid).get()) throw new DomainError('already_bound')
      await txCol(tx, 'identities').doc(openid).set({ userId: user._id, linkedAt: now.toISOString() })
    }
  })
  return whoAmI(deps, { openid: openid, user })
}

/** The user the code and the typed details name together, or null. */
async function matchingUser(deps: Deps, openid: string, target: string, input: BindInput): Promise<User | null> {
  const [kind, id] = target.split(':')
  if (!id) return null
  if (kind === 'household' && 'idNumber' in input) {
    const household = await col(deps.store, 'households').doc(id).get()
    const member = household?.members.find((m) => m.idNumber === input.idNumber.toUpperCase())
    if (!household || !member) return null
    return { _id: openid, name: member.name, role: 'farmer', regionPath: household.regionPath, householdId: household._id }
  }
  if (kind === 'staff' && 'phone' in input) {
    const staff = await col(deps.store, 'users').doc(id).get()
    return staff && !staff.disabled && staff.phone === input.phone ? staff : null
  }
  return null
}
