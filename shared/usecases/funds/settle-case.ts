import { DomainError } from '../../domain/errors'
import { approvedSubsidyFen, settle, settledNeeds } from '../../domain/funds/amounts'
import { formatFen } from '../../domain/money'
import { settlementNeedsArea } from '../../domain/funds/milestones'
import type { Application } from '../../schemas/application'
import type { Allocation } from '../../schemas/funds'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { moveCaseInTx, prepareMove } from '../move-case'
import { seqOf } from '../paging'
import { allocationId } from './allocate'
import { addLinesDue, freshLines, linesOfCase } from './case-lines'

type Input = { caseId: string; costFen: number; builtAreaM2: number | null; reviewRef: string }

/**
 * 评审核价 and 财政审计 of an accepted house: the approved subsidy is the settled cost within the case's ceiling (for a
 * house built, within rate × the standard area as built). Lines not yet with the bank are replaced by one last
 * payment of what is still owed; money already paid beyond the approved subsidy is flagged for recovery; money the
 * township holds beyond what it now needs goes back to finance as a recorded return — nothing changes silently.
 */
export async function settleCase(deps: Deps, caller: Registered, input: Input) {
  const prepared = await prepareMove(deps, caller, input.caseId)
  const { at, today } = nowOf(deps)
  const lines = await linesOfCase(deps.store, input.caseId)
  const c0 = prepared.before
  if (c0.plan && settlementNeedsArea(c0.plan.mode) && input.builtAreaM2 === null) {
    throw new DomainError('bad_input', '新建、翻建的住房请填写竣工面积', { field: 'builtAreaM2' })
  }
  if (!c0.plan) throw new DomainError('invalid_transition', '案件没有改造方案，不能结算')

  return deps.store.runTransaction(async (tx) => {
    const fresh = await freshLines(tx, lines)
    const c = await txCol(tx, 'cases').doc(input.caseId).get()
    if (!c) throw new DomainError('not_found')
    const approvedFen = approvedSubsidyFen(c, prepared.profile, { costFen: input.costFen, builtAreaM2: input.builtAreaM2 })
    const outcome = settle(approvedFen, fresh)
    const cancelled = fresh.map((l) =>
      outcome.cancelIds.includes(l._id) ? { ...l, status: 'cancelled' as const, cancelReason: '结算后合并为结算尾款' } : l,
    )
    const { neededFen } = settledNeeds(approvedFen, cancelled)
    const returnedFen = Math.max(0, c.allocatedFen - neededFen)
    const after = await moveCaseInTx(tx, deps, caller, prepared, {
      caseId: input.caseId,
      event: 'settle',
      comment: `结算金额${formatFen(input.costFen)}，评审报告${input.reviewRef}`,
      patch: (cur): Partial<Application> => ({
        settlement: {
          costFen: input.costFen,
          approvedFen,
          recoveryFen: outcome.recoveryFen,
          reviewRef: input.reviewRef,
          on: today,
          byId: caller.user._id,
          byName: caller.user.name,
        },
        milestones: { ...cur.milestones, settlement: today },
        allocatedFen: cur.allocatedFen - returnedFen,
        fundsWaiting: neededFen > cur.allocatedFen ? 'remainder' : null,
      }),
    })
    for (const l of cancelled) {
      if (l.status === 'cancelled' && outcome.cancelIds.includes(l._id)) {
        await txCol(tx, 'disbursements').doc(l._id).update({ status: 'cancelled', cancelReason: l.cancelReason, updatedAt: at })
      }
    }
    if (returnedFen > 0) {
      const id = allocationId(c._id, 'return')
      const back: Allocation = {
        _id: id,
        caseId: c._id,
        caseNo: c.caseNo,
        householdId: c.householdId,
        regionPath: c.regionPath,
        region: c.region,
        kind: 'return',
        amountFen: returnedFen,
        fundingSource: c.fundingSource ?? 'higher_level',
        on: today,
        byId: caller.user._id,
        byName: caller.user.name,
        createdAt: at,
        seq: seqOf(at, id),
      }
      await txCol(tx, 'allocations').doc(id).set(withoutId(back))
    }
    await addLinesDue(tx, after, prepared.profile, cancelled, at)
    return {
      caseId: c._id,
      approvedFen,
      recoveryFen: outcome.recoveryFen,
      finalFen: outcome.finalFen,
      cancelled: outcome.cancelIds.length,
      returnedFen,
    }
  })
}
