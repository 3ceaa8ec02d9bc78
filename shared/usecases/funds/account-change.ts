import { DomainError } from '../../domain/errors'
import { payeeOf } from '../../domain/funds/payee'
import { maskAccount } from '../../domain/masking'
import type { AccountChange } from '../../schemas/funds'
import { requireCanSee, requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { type PageRequest, pageBySeq, seqOf } from '../paging'
import { repointWaitingLines, waitingLinesOfHousehold } from './case-lines'

type Request = { householdId?: string; bank: string; accountNo: string; holder: string; reason: string }

/** What the household and its village see of a change: never the full number. */
export function accountChangeView(a: AccountChange) {
  const { accountNo, ...rest } = a
  return { ...rest, accountMasked: maskAccount(accountNo) }
}

/**
 * 一卡通变更: the household (its own) or the village (a household of the village) asks; nothing is paid into the new
 * account until the township confirms. One request waits at a time: a second replaces nothing, it is refused.
 */
export async function requestAccountChange(deps: Deps, caller: Registered, input: Request) {
  // A farmer asks for their own household; naming another is answered as a record that does not exist.
  if (caller.user.role === 'farmer' && input.householdId && input.householdId !== caller.user.householdId) {
    throw new DomainError('not_found')
  }
  const householdId = caller.user.role === 'farmer' ? caller.user.householdId : input.householdId
  if (!householdId) throw new DomainError('bad_input', '请选择农户', { field: 'householdId' })
  const household = await mustGet(deps.store, 'households', householdId)
  requireCanSee(caller, { householdId: household._id, regionPath: household.regionPath })
  const waiting = await col(deps.store, 'account_changes').where({ householdId, status: 'pending' }).limit(1).get()
  if (waiting.length > 0) throw new DomainError('invalid_transition', '已有一项账户变更等待乡镇确认')
  if (household.account?.accountNo === input.accountNo) {
    throw new DomainError('bad_input', '新账号与现在登记的账号相同', { field: 'accountNo' })
  }
  const { at, today } = nowOf(deps)
  const id = `ac_${householdId}_${deps.newId()}`
  const change: AccountChange = {
    _id: id,
    householdId,
    regionPath: household.regionPath,
    region: household.region,
    bank: input.bank,
    accountNo: input.accountNo,
    holder: input.holder,
    reason: input.reason,
    status: 'pending',
    requestedById: caller.user._id,
    requestedOn: today,
    decidedById: null,
    decidedOn: null,
    comment: '',
    createdAt: at,
    seq: seqOf(at, id),
  }
  await col(deps.store, 'account_changes').doc(id).set(withoutId(change))
  return accountChangeView(change)
}

/** The township's list of changes waiting for it, oldest first (full numbers: it checks them against the bank book). */
export function pendingAccountChanges(deps: Deps, caller: Registered, page: PageRequest) {
  const township = caller.user.regionPath.slice(0, 10)
  return pageBySeq(col(deps.store, 'account_changes'), { status: 'pending', 'region.township': township }, page, 'asc')
}

/** The township confirms (the household's account is replaced) or rejects, with its comment; both are audited. */
export async function decideAccountChange(
  deps: Deps,
  caller: Registered,
  input: { changeId: string; approve: boolean; comment: string },
): Promise<AccountChange> {
  const before = await mustGet(deps.store, 'account_changes', input.changeId)
  requireWithin(caller, before.regionPath)
  if (!input.approve && !input.comment) throw new DomainError('bad_input', '不同意变更时请写明理由', { field: 'comment' })
  const { at, today } = nowOf(deps)
  const waiting = input.approve ? await waitingLinesOfHousehold(deps.store, before.householdId) : []
  return deps.store.runTransaction(async (tx) => {
    const change = await txCol(tx, 'account_changes').doc(input.changeId).get()
    if (!change) throw new DomainError('not_found')
    if (change.status !== 'pending') throw new DomainError('invalid_transition', '这项账户变更已经处理过')
    const decided: AccountChange = {
      ...change,
      status: input.approve ? 'confirmed' : 'rejected',
      decidedById: caller.user._id,
      decidedOn: today,
      comment: input.comment,
    }
    await txCol(tx, 'account_changes').doc(change._id).set(withoutId(decided))
    if (input.approve) {
      const account = { bank: change.bank, accountNo: change.accountNo, holder: change.holder }
      await txCol(tx, 'households').doc(change.householdId).update({ account })
      await repointWaitingLines(tx, waiting, 'household', payeeOf('household', { account }, null), at)
    }
    return decided
  })
}
