import type { DocumentStore } from '@shared/ports/document-store'
import { col, withoutId } from '@shared/usecases/collections'
import type { Application, CasePlan } from '@shared/schemas/application'
import { Disbursement } from '@shared/schemas/funds'
import { seqOf } from '@shared/usecases/paging'
import type { z } from 'zod'
import { instantOf } from './case.factory'

/** A payment line of the case, due from its milestone (start of works unless told), as allocation makes it. */
export function aLine(c: Application, instalment: number, overrides: Partial<z.input<typeof Disbursement>> = {}): Disbursement {
  const id = overrides._id ?? `dl_${c._id}_start_${instalment}`
  const at = overrides.createdAt ?? instantOf('2026-11-20')
  return Disbursement.parse({
    _id: id,
    caseId: c._id,
    caseNo: c.caseNo,
    householdId: c.householdId,
    regionPath: c.regionPath,
    region: c.region,
    stage: 'start',
    instalment,
    amountFen: 100,
    fundingSource: 'higher_level',
    payTo: 'household',
    payee: null,
    status: 'due',
    dueOn: '2026-11-20',
    batchId: null,
    failReason: null,
    tries: 0,
    paidOn: null,
    bankRef: null,
    cancelReason: null,
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
    ...overrides,
  })
}

/**
 * Finance has sent the township `amountFen` for the case, as `funds.allocate` writes it (the allocation record and the
 * case's total): for tests of what comes after the money arrived (allocation itself: test/cloudfunctions/funds).
 * Start-up money is sent once works have started, so a case without a start of works gets one on the allocation day.
 */
export async function anAllocation(store: DocumentStore, caseId: string, amountFen: number): Promise<void> {
  const c = await col(store, 'cases').doc(caseId).get()
  if (!c) throw new Error(`no case ${caseId}`)
  const at = instantOf('2026-11-20')
  const id = `al_${caseId}_start`
  await col(store, 'allocations')
    .doc(id)
    .set(
      withoutId({
        _id: id,
        caseId,
        caseNo: c.caseNo,
        householdId: c.householdId,
        regionPath: c.regionPath,
        region: c.region,
        kind: 'start' as const,
        amountFen,
        fundingSource: c.fundingSource ?? 'higher_level',
        on: '2026-11-20',
        byId: 'u-finance',
        byName: '冯财',
        createdAt: at,
        seq: seqOf(at, id),
      }),
    )
  await col(store, 'cases')
    .doc(caseId)
    .update({
      allocatedFen: c.allocatedFen + amountFen,
      milestones: { ...c.milestones, start: c.milestones.start ?? '2026-11-20' },
    })
}

/** hh-1's C house repaired on the household's own one card, at the district's cap of ¥17,000. */
export function aRepairPlan(overrides: Partial<CasePlan> = {}): CasePlan {
  return {
    mode: 'repair',
    resettlement: null,
    areaM2: 70,
    subsidyFen: 1_700_000,
    startOn: '2026-11-23',
    finishBy: '2027-04-30',
    payTo: 'household',
    note: '',
    chosenById: 'u-farmer',
    chosenOn: '2026-11-02',
    ...overrides,
  }
}
