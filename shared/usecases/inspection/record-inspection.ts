import { defaultCampaignDeadline, ledgerFinding } from '../../domain/inspection'
import { profileInForceFor } from '../profiles'
import { addCalendarDays } from '../../domain/dates'
import { DomainError } from '../../domain/errors'
import { within } from '../../domain/jurisdiction'
import { ledgerDeadline } from '../../domain/ledger'
import type { Grade } from '../../schemas/house'
import type { FieldPhoto, Inspection } from '../../schemas/inspection'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { openLedgerEntry } from '../ledger/open-entry'
import { mustGet, regionName } from '../load'
import { seqOf } from '../paging'
import { claimUploadsFor } from '../uploads/claim-uploads'
import { inspectionIdOf } from './campaign-ids'

export type RecordInspectionInput = {
  campaignId: string
  houseId: string
  condition: string
  grade: Grade
  problem: string
  notes: string
  photos: FieldPhoto[]
}

/**
 * A village official records one house of a campaign in the field. In one transaction: the inspection, the
 * village's progress, the line in the house's whole-life record, the photos claimed, and — when something was
 * found — the ledger entry. A house outside the scope may be inspected too; it counts for no one's progress.
 */
export async function recordInspection(deps: Deps, caller: Registered, input: RecordInspectionInput): Promise<Inspection> {
  const house = await mustGet(deps.store, 'houses', input.houseId)
  requireWithin(caller, house.regionPath)
  const campaign = await mustGet(deps.store, 'campaigns', input.campaignId)
  // The campaign is the county's: the caller's village must lie inside it, and so must the house.
  if (!within(campaign.regionPath, house.regionPath)) throw new DomainError('not_found')
  const [household, villageName] = await Promise.all([
    mustGet(deps.store, 'households', house.householdId),
    regionName(deps.store, house.regionPath),
  ])
  const { at, today } = nowOf(deps)
  const profile = await profileInForceFor(deps, house.region.county, today)
  const id = inspectionIdOf(campaign._id, house._id)
  const problem = input.problem === '' ? null : input.problem
  const finding = ledgerFinding({ grade: input.grade, problem })

  return deps.store.runTransaction(async (tx) => {
    const todo = await txCol(tx, 'inspections').doc(id).get()
    if (todo?.state === 'done') throw new DomainError('invalid_transition', '这户本期已经排查过了', { inspectionId: id })
    const photoIds = await claimUploadsFor(tx, caller, {
      photoIds: input.photos.map((p) => p.id),
      target: { collection: 'inspections', id },
    })
    const photos = photoIds.map((pid) => input.photos.find((p) => p.id === pid)!)
    const placed = photos.find((p) => p.latitude !== null && p.longitude !== null)
    const entry = finding
      ? await openLedgerEntry(tx, deps, {
          source: { kind: 'inspection', id },
          kind: finding.kind,
          place: { regionPath: house.regionPath, region: house.region, villageName },
          houseId: house._id,
          householdId: house.householdId,
          problem: finding.problem,
          owner: { id: caller.user._id, name: caller.user.name },
          location: placed ? { latitude: placed.latitude!, longitude: placed.longitude! } : null,
          deadline: ledgerDeadline(
            finding.kind,
            today,
            defaultCampaignDeadline(addCalendarDays(today, 1), profile.inspectionDeadlines),
          ),
        })
      : null
    const record: Inspection = {
      _id: id,
      campaignId: campaign._id,
      houseId: house._id,
      householdId: house.householdId,
      regionPath: house.regionPath,
      region: house.region,
      villageName,
      address: house.address,
      headName: household.headName,
      reasons: todo?.reasons ?? [],
      inScope: todo?.inScope ?? false,
      state: 'done',
      result: {
        condition: input.condition,
        grade: input.grade,
        problem,
        notes: input.notes,
        photos,
        byId: caller.user._id,
        byName: caller.user.name,
        on: today,
        at,
      },
      ledgerEntryId: entry?._id ?? null,
      seq: todo?.seq ?? seqOf(house.address.slice(0, 80), id),
    }
    await txCol(tx, 'inspections').doc(id).set(withoutId(record))

    const freshHouse = await txCol(tx, 'houses').doc(house._id).get()
    if (!freshHouse) throw new DomainError('not_found')
    const line = [input.condition, problem ? `问题：${problem}` : ''].filter(Boolean).join('；').slice(0, 500)
    await txCol(tx, 'houses')
      .doc(house._id)
      .update({
        inspections: [
          ...freshHouse.inspections,
          { on: today, by: caller.user.name, finding: line, inspectionId: id, grade: input.grade },
        ],
      })

    if (todo?.inScope) {
      const fresh = await txCol(tx, 'campaigns').doc(campaign._id).get()
      if (!fresh) throw new DomainError('not_found')
      await txCol(tx, 'campaigns')
        .doc(campaign._id)
        .update({ villages: fresh.villages.map((v) => (v.path === house.regionPath ? { ...v, done: v.done + 1 } : v)) })
    }
    return record
  })
}
