import { DomainError } from '../../domain/errors'
import { requireApprover } from '../../domain/funds/batch'
import type { Batch, DisbursementStatus } from '../../schemas/funds'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { type PageRequest, pageBySeq } from '../paging'
import { countyOfCaller } from './build-batch'

/** A batch of the caller's county, or NOT_FOUND as for one that does not exist. */
export async function batchOfCounty(deps: Deps, caller: Registered, batchId: string): Promise<Batch> {
  const batch = await col(deps.store, 'batches').doc(batchId).get()
  if (!batch || batch.county !== countyOfCaller(caller)) throw new DomainError('not_found')
  return batch
}

export function listBatches(deps: Deps, caller: Registered, page: PageRequest) {
  return pageBySeq(col(deps.store, 'batches'), { county: countyOfCaller(caller) }, page, 'desc')
}

export async function batchDetail(
  deps: Deps,
  caller: Registered,
  input: PageRequest & { batchId: string; status?: DisbursementStatus },
) {
  const batch = await batchOfCounty(deps, caller, input.batchId)
  const where = { batchId: batch._id, ...(input.status ? { status: input.status } : {}) }
  return { batch, lines: await pageBySeq(col(deps.store, 'disbursements'), where, input, 'asc') }
}

/** 审核 by a second finance officer, in a transaction so two approvals of one batch are one. */
export async function approveBatch(deps: Deps, caller: Registered, input: { batchId: string }): Promise<Batch> {
  await batchOfCounty(deps, caller, input.batchId)
  const { at } = nowOf(deps)
  return deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'batches').doc(input.batchId)
    const batch = await ref.get()
    if (!batch) throw new DomainError('not_found')
    requireApprover(batch, caller.user._id)
    const approved: Batch = {
      ...batch,
      status: 'approved',
      approverId: caller.user._id,
      approverName: caller.user.name,
      approvedAt: at,
      updatedAt: at,
    }
    await ref.set(withoutId(approved))
    return approved
  })
}
