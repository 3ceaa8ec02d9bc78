import type { z } from 'zod'
import type { AppraisalOutcome, ExemptAppraisalInput } from '../../api/appraisal.api'
import { foundSafeReason } from '../../domain/appraisal'
import { DomainError } from '../../domain/errors'
import type { Appraisal } from '../../schemas/appraisal'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet, regionName } from '../load'
import { seqOf } from '../paging'
import { claimFiles } from '../uploads/claim-uploads'
import { applyToCase, prepareHouseholdCase } from './case-effect'

type Input = z.output<typeof ExemptAppraisalInput>

/**
 * 免鉴定: the township accepts acceptance papers (relocated into a flat, renovated since 2018) in place of an
 * appraisal. The house's record shows it proven safe, an order of it still open ends as exempted, and the
 * household's case not yet county-approved ends as not eligible, with the reason.
 */
export async function exemptAppraisal(deps: Deps, caller: Registered, input: Input): Promise<AppraisalOutcome> {
  const listed = await mustGet(deps.store, 'houses', input.houseId)
  requireWithin(caller, listed.regionPath)
  const [household, villageName, prepared] = await Promise.all([
    mustGet(deps.store, 'households', listed.householdId),
    regionName(deps.store, listed.regionPath),
    prepareHouseholdCase(deps, caller, listed.householdId),
  ])
  const { at, today } = nowOf(deps)

  return deps.store.runTransaction(async (tx) => {
    const house = await txCol(tx, 'houses').doc(listed._id).get()
    if (!house) throw new DomainError('not_found')
    const open = house.openAppraisalId ? await txCol(tx, 'appraisals').doc(house.openAppraisalId).get() : null
    const id = open?._id ?? deps.newId()
    const paperIds = await claimFiles(tx, caller, {
      ids: input.paperIds,
      want: 'document',
      record: { collection: 'appraisals', id },
      field: 'paperIds',
    })
    const exemption = {
      reason: input.reason,
      paperIds,
      note: input.note,
      byId: caller.user._id,
      byName: caller.user.name,
      on: today,
    }
    await txCol(tx, 'houses')
      .doc(house._id)
      .update({
        safetyProofs: [...house.safetyProofs, { reason: input.reason, on: today, by: caller.user.name, appraisalId: id }],
        openAppraisalId: null,
      })

    const reason = foundSafeReason({ exemption: input.reason, on: today })
    const touched = await applyToCase(tx, deps, caller, prepared, { houseId: house._id, grade: null, reason, at })
    const base: Appraisal = open ?? {
      _id: id,
      regionPath: house.regionPath,
      region: house.region,
      villageName,
      houseId: house._id,
      householdId: house.householdId,
      headName: household.headName,
      address: house.address,
      batchId: null,
      orderedById: null,
      orderedByName: null,
      orderedOn: null,
      appraiserId: null,
      appraiserName: null,
      dueOn: null,
      note: '',
      state: 'exempted',
      result: null,
      exemption: null,
      caseId: null,
      createdAt: at,
      updatedAt: at,
      seq: seqOf(at, id),
    }
    const after: Appraisal = { ...base, state: 'exempted', exemption, caseId: touched?._id ?? null, updatedAt: at }
    await txCol(tx, 'appraisals').doc(id).set(withoutId(after))
    return { appraisal: after, caseId: touched?._id ?? null, caseState: touched?.state ?? null, monitoringEntryId: null }
  })
}
