import type { AllocationResult } from '../../api/funds.api'
import { DomainError } from '../../domain/errors'
import { fundingFor } from '../../domain/funding'
import { remainderFen, startUpFen } from '../../domain/funds/amounts'
import { maskName } from '../../domain/masking'
import { sumFen } from '../../domain/money'
import type { Application } from '../../schemas/application'
import type { Allocation } from '../../schemas/funds'
import { ALLOCATION_KIND_LABEL } from '../../schemas/funds'
import type { Where } from '../../ports/document-store'
import { requireWithin } from '../authorize'
import { caseProfile, caseProfiles } from '../case-profile'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { type PageRequest, pageBySeq, seqOf } from '../paging'
import { addLinesDue, freshLines, linesOfCase } from './case-lines'

type Kind = 'start' | 'remainder' | 'contract'

export const allocationId = (caseId: string, kind: Allocation['kind']) => `al_${caseId}_${kind}`

/** The amount a case would be sent now, or why none. */
function amountFor(
  kind: Kind,
  c: Application,
  profile: Parameters<typeof startUpFen>[1],
  lines: Parameters<typeof remainderFen>[1],
) {
  if (kind === 'start') return startUpFen(c, profile) ?? 0
  if (kind === 'contract') return sumFen((c.rental?.instalments ?? []).map((i) => i.amountFen))
  return remainderFen(c, lines)
}

const WAIT_REASON: Record<Kind, string> = {
  start: '尚未开工，或启动资金已下达',
  remainder: '尚未结算，或剩余资金已下达',
  contract: '尚未登记租赁合同，或租赁补贴资金已下达',
}

/** The cases whose township waits for this kind of money, in the caller's jurisdiction, oldest first. */
export async function allocatable(deps: Deps, caller: Registered, input: PageRequest & { kind: Kind; township?: string }) {
  const where: Where = input.township
    ? { fundsWaiting: input.kind, 'region.township': input.township }
    : { fundsWaiting: input.kind, 'region.county': caller.user.regionPath.slice(0, 6) }
  requireWithin(caller, input.township ?? caller.user.regionPath)
  const page = await pageBySeq(col(deps.store, 'cases'), where, input, 'asc')
  const { today } = nowOf(deps)
  const [profiles, households, lines] = await Promise.all([
    caseProfiles(deps, page.items, today),
    Promise.all(page.items.map((c) => mustGet(deps.store, 'households', c.householdId))),
    Promise.all(page.items.map((c) => (input.kind === 'remainder' ? linesOfCase(deps.store, c._id) : []))),
  ])
  return {
    next: page.next,
    items: page.items.map((c, i) => {
      const funding = fundingFor(c, households[i]!)
      return {
        caseId: c._id,
        caseNo: c.caseNo,
        applicantMasked: maskName(c.applicantName),
        villageName: c.villageName,
        township: c.region.township,
        kind: input.kind,
        amountFen: amountFor(input.kind, c, profiles[i]!, lines[i]!),
        fundingSource: funding.source,
        fundingReason: funding.reason,
      }
    }),
  }
}

/**
 * Finance sends the townships money for the listed households, each in a transaction of its own: a case not waiting
 * for this money, or already sent it, is answered with the reason and nothing changes for it. The allocation's id is
 * the case and kind, so sending twice cannot send twice the money.
 */
export async function allocate(
  deps: Deps,
  caller: Registered,
  input: { kind: Kind; caseIds: string[] },
): Promise<{ items: AllocationResult[]; allocatedFen: number }> {
  const items: AllocationResult[] = []
  for (const caseId of [...new Set(input.caseIds)]) items.push(await allocateOne(deps, caller, input.kind, caseId))
  return { items, allocatedFen: sumFen(items.map((i) => i.amountFen)) }
}

async function allocateOne(deps: Deps, caller: Registered, kind: Kind, caseId: string): Promise<AllocationResult> {
  const before = await mustGet(deps.store, 'cases', caseId)
  requireWithin(caller, before.regionPath)
  const { at, today } = nowOf(deps)
  const [household, profile, lines] = await Promise.all([
    mustGet(deps.store, 'households', before.householdId),
    caseProfile(deps, before, today),
    linesOfCase(deps.store, caseId),
  ])
  const nothing = (reason: string): AllocationResult => ({
    caseId,
    caseNo: before.caseNo,
    amountFen: 0,
    fundingSource: null,
    reason,
    linesDue: 0,
  })

  return deps.store.runTransaction(async (tx) => {
    const c = await txCol(tx, 'cases').doc(caseId).get()
    if (!c) throw new DomainError('not_found')
    const ref = txCol(tx, 'allocations').doc(allocationId(caseId, kind))
    if (await ref.get()) return nothing(`${ALLOCATION_KIND_LABEL[kind]}已下达过`)
    if (c.fundsWaiting !== kind) return nothing(WAIT_REASON[kind])
    const fresh = await freshLines(tx, lines)
    const amountFen = amountFor(kind, c, profile, fresh)
    const funding = fundingFor(c, household)
    if (amountFen <= 0) {
      await txCol(tx, 'cases').doc(caseId).update({ fundsWaiting: null, updatedAt: at })
      return nothing(
        kind === 'remainder' ? '结算后无须再下达资金' : kind === 'contract' ? '租赁合同没有待付租金' : '该户没有启动资金',
      )
    }
    const allocation: Allocation = {
      _id: allocationId(caseId, kind),
      caseId,
      caseNo: c.caseNo,
      householdId: c.householdId,
      regionPath: c.regionPath,
      region: c.region,
      kind,
      amountFen,
      fundingSource: funding.source,
      on: today,
      byId: caller.user._id,
      byName: caller.user.name,
      createdAt: at,
      seq: seqOf(at, allocationId(caseId, kind)),
    }
    await ref.set(withoutId(allocation))
    const after: Application = {
      ...c,
      allocatedFen: c.allocatedFen + amountFen,
      fundsWaiting: null,
      fundingSource: funding.source,
      fundingReason: funding.reason,
      updatedAt: at,
    }
    await txCol(tx, 'cases').doc(caseId).set(withoutId(after))
    const added = await addLinesDue(tx, after, profile, fresh, at)
    return {
      caseId,
      caseNo: c.caseNo,
      amountFen,
      fundingSource: funding.source,
      reason: funding.reason,
      linesDue: added.length,
    }
  })
}
