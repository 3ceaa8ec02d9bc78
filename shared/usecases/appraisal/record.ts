import type { z } from 'zod'
import type { AppraisalOutcome, RecordAppraisalInput } from '../../api/appraisal.api'
import { foundSafeReason, gradeNeedsMonitoring, nextInspectionDeadline } from '../../domain/appraisal'
import { DomainError } from '../../domain/errors'
import type { Appraisal } from '../../schemas/appraisal'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { openLedgerEntry } from '../ledger/open-entry'
import { mustGet } from '../load'
import { claimFiles } from '../uploads/claim-uploads'
import { applyToCase, prepareHouseholdCase } from './case-effect'

type Input = z.output<typeof RecordAppraisalInput>

/**
 * 鉴定结果: only the appraiser the order was assigned to records it, once. In one transaction the grade joins the
 * house's whole-life record, the household's open case takes it (A/B end it as not eligible), and a B grade
 * puts the house on the ledger under dynamic monitoring.
 */
export async function recordAppraisal(deps: Deps, caller: Registered, input: Input): Promise<AppraisalOutcome> {
  const order = await mustGet(deps.store, 'appraisals', input.appraisalId)
  requireWithin(caller, order.regionPath)
  if (order.appraiserId !== caller.user._id) throw new DomainError('forbidden', '这份鉴定委托派给了其他鉴定人员，您不能录入')
  const { at, today } = nowOf(deps)
  if (input.on > today) throw new DomainError('bad_input', '鉴定日期不能晚于今天', { field: 'on' })
  const prepared = await prepareHouseholdCase(deps, caller, order.householdId)

  return deps.store.runTransaction(async (tx) => {
    const fresh = await txCol(tx, 'appraisals').doc(order._id).get()
    if (!fresh) throw new DomainError('not_found')
    if (fresh.state !== 'ordered') throw new DomainError('invalid_transition', '这份鉴定已经办结', { state: fresh.state })
    const record = { collection: 'appraisals', id: fresh._id } as const
    const [reportFileId] = await claimFiles(tx, caller, {
      ids: [input.reportFileId],
      want: 'document',
      record,
      field: 'reportFileId',
    })
    const photoIds = new Set(
      await claimFiles(tx, caller, { ids: input.photos.map((p) => p.uploadId), want: 'photo', record, field: 'photos' }),
    )
    const photos = input.photos.filter((p) => photoIds.delete(p.uploadId))

    const house = await txCol(tx, 'houses').doc(fresh.houseId).get()
    if (!house) throw new DomainError('not_found')
    await txCol(tx, 'houses')
      .doc(house._id)
      .update({
        grades: [
          ...house.grades,
          { grade: input.grade, on: input.on, by: caller.user.name, reportFileId: reportFileId, appraisalId: fresh._id },
        ],
        openAppraisalId: house.openAppraisalId === fresh._id ? null : house.openAppraisalId,
      })

    const reason = foundSafeReason({ grade: input.grade, on: input.on })
    const touched = await applyToCase(tx, deps, caller, prepared, { houseId: house._id, grade: input.grade, reason, at })
    const monitoring = gradeNeedsMonitoring(input.grade)
      ? await openLedgerEntry(tx, deps, {
          source: { kind: 'appraisal', id: fresh._id },
          kind: 'monitoring',
          place: { regionPath: fresh.regionPath, region: fresh.region, villageName: fresh.villageName },
          houseId: house._id,
          householdId: house.householdId,
          problem: `${input.on}鉴定为B级（基本安全），纳入动态监测：${house.address}`,
          owner: { id: fresh.orderedById ?? caller.user._id, name: fresh.orderedByName ?? caller.user.name },
          deadline: nextInspectionDeadline(today),
        })
      : null

    const after: Appraisal = {
      ...fresh,
      state: 'recorded',
      result: {
        grade: input.grade,
        on: input.on,
        reportFileId: reportFileId!,
        photos,
        note: input.note,
        byId: caller.user._id,
        byName: caller.user.name,
      },
      caseId: touched?._id ?? null,
      updatedAt: at,
    }
    await txCol(tx, 'appraisals').doc(after._id).set(withoutId(after))
    return {
      appraisal: after,
      caseId: touched?._id ?? null,
      caseState: touched?.state ?? null,
      monitoringEntryId: monitoring?._id ?? null,
    }
  })
}
