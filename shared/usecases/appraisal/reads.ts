import type { AppraisalDetail, AppraisalItem } from '../../api/appraisal.api'
import { appraisalOverdue } from '../../domain/appraisal'
import type { Appraisal } from '../../schemas/appraisal'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { type Page, type PageRequest, pageBySeq } from '../paging'

/** The appraiser's open orders, oldest first, through the (appraiserId, state, seq) index. */
export async function appraisalInbox(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<AppraisalItem>> {
  const result = await pageBySeq(col(deps.store, 'appraisals'), { appraiserId: caller.user._id, state: 'ordered' }, page, 'asc')
  const { today } = nowOf(deps)
  return { items: result.items.map((a) => toItem(a, today)), next: result.next }
}

function toItem(a: Appraisal, today: string): AppraisalItem {
  return {
    _id: a._id,
    houseId: a.houseId,
    headName: a.headName,
    villageName: a.villageName,
    address: a.address,
    orderedOn: a.orderedOn,
    orderedByName: a.orderedByName,
    dueOn: a.dueOn,
    note: a.note,
    overdue: appraisalOverdue(a.dueOn, today),
  }
}

export async function appraisalDetail(deps: Deps, caller: Registered, appraisalId: string): Promise<AppraisalDetail> {
  const appraisal = await mustGet(deps.store, 'appraisals', appraisalId)
  requireWithin(caller, appraisal.regionPath)
  return { appraisal, house: await mustGet(deps.store, 'houses', appraisal.houseId) }
}

/** The county's appraisers (their region is the county), for the order form. */
export async function countyAppraisers(deps: Deps, caller: Registered): Promise<{ items: Array<{ _id: string; name: string }> }> {
  const users = await col(deps.store, 'users').where({ regionPath: caller.user.regionPath }).limit(200).get()
  const items = users.filter((u) => u.role === 'appraiser' && !u.disabled).map((u) => ({ _id: u._id, name: u.name }))
  return { items }
}
