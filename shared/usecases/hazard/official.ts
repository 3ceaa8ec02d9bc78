import type { z } from 'zod'
import { hazardFixDeadline } from '../../domain/ledger'
import type { DuplicateCandidate, OfficialHazard, hazardOversightApi } from '../../api/hazard-oversight.api'
import { DomainError } from '../../domain/errors'
import { assertOfficialMove, canMarkDuplicate, duplicateSuggestions } from '../../domain/hazard'
import { cmp, type Transaction } from '../../ports/document-store'
import type { HazardReport, HazardStep } from '../../schemas/hazard'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { openLedgerEntry } from '../ledger/open-entry'
import { mustGet } from '../load'
import { hazardUpdateMessage, outboxRecord } from '../notify'
import { officialView, publicView } from './views'

/** How far back the duplicate suggestions look in the village: enough for a season's reports, one read. */
const SUGGESTION_WINDOW = 200

/** A report inside the caller's jurisdiction, or NOT_FOUND exactly as for one that does not exist. */
async function reportWithin(deps: Deps, caller: Registered, reportId: string): Promise<HazardReport> {
  const report = await mustGet(deps.store, 'hazard_reports', reportId)
  requireWithin(caller, report.regionPath)
  return report
}

async function freshInTx(tx: Transaction, id: string): Promise<HazardReport> {
  const fresh = await txCol(tx, 'hazard_reports').doc(id).get()
  if (!fresh) throw new DomainError('not_found')
  return fresh
}

/** The report and the village's reports that look like the same danger (same house, or within 50 m). */
export async function hazardDetail(
  deps: Deps,
  caller: Registered,
  reportId: string,
): Promise<{ report: OfficialHazard; duplicates: z.input<typeof DuplicateCandidate>[] }> {
  const report = await reportWithin(deps, caller, reportId)
  const village = await col(deps.store, 'hazard_reports')
    .where({ 'region.village': report.region.village })
    .orderBy('seq', 'desc')
    .limit(SUGGESTION_WINDOW)
    .get()
  const byId = new Map(village.map((r) => [r._id, r]))
  const { today } = nowOf(deps)
  return {
    report: officialView(report, today),
    duplicates: duplicateSuggestions(report, village).map((s) => ({
      report: publicView(byId.get(s.id)!),
      reason: s.reason,
      distanceM: s.distanceM === null ? null : Math.round(s.distanceM),
    })),
  }
}

type ModerateInput = z.output<(typeof hazardOversightApi)['moderate']['input']>

/** Hide, show, redact, drop or blur a photo, or link as a duplicate: what the public sees, never the record itself. */
export async function moderateHazard(deps: Deps, caller: Registered, input: ModerateInput): Promise<OfficialHazard> {
  const before = await reportWithin(deps, caller, input.reportId)
  const { at, today } = nowOf(deps)
  if (input.op === 'duplicate') {
    if (!input.duplicateOfId) throw new DomainError('bad_input', '请选择重复的原反映', { field: 'duplicateOfId' })
    if (input.duplicateOfId === before._id) throw new DomainError('bad_input', '不能标记为与自己重复', { field: 'duplicateOfId' })
    const original = await mustGet(deps.store, 'hazard_reports', input.duplicateOfId)
    // Another village's report answers as one that does not exist: duplicates are found within a village.
    if (original.regionPath !== before.regionPath) throw new DomainError('not_found')
  }
  if (input.op === 'redact' && !input.text) throw new DomainError('bad_input', '请填写公开显示的内容', { field: 'text' })
  if ((input.op === 'drop_photo' || input.op === 'blur_photo') && !(input.photoId && before.photoIds.includes(input.photoId))) {
    throw new DomainError('bad_input', '请选择该反映中的一张照片', { field: 'photoId' })
  }

  const after = await deps.store.runTransaction(async (tx) => {
    const r = await freshInTx(tx, before._id)
    const m = r.moderation
    const step = (to: HazardReport['status']): HazardStep => ({
      from: r.status,
      to,
      byRole: 'official',
      byName: caller.user.name,
      reason: input.reason,
      at,
    })
    let patch: Partial<HazardReport>
    switch (input.op) {
      case 'hide':
        patch = { moderation: { ...m, hidden: true } }
        break
      case 'show':
        patch = { moderation: { ...m, hidden: false } }
        break
      case 'redact':
        patch = { moderation: { ...m, redactedText: input.text! } }
        break
      case 'drop_photo':
        patch = { moderation: { ...m, droppedPhotoIds: [...new Set([...m.droppedPhotoIds, input.photoId!])] } }
        break
      case 'blur_photo':
        patch = { moderation: { ...m, blurredPhotoIds: [...new Set([...m.blurredPhotoIds, input.photoId!])] } }
        break
      case 'duplicate':
        if (!canMarkDuplicate(r.status)) {
          throw new DomainError('invalid_transition', '已列入台账或已办结的反映不能再标记为重复', { from: r.status })
        }
        patch = { status: 'duplicate', duplicateOf: input.duplicateOfId!, history: [...r.history, step('duplicate')] }
        break
    }
    const next: HazardReport = { ...r, ...patch, updatedAt: at }
    await txCol(tx, 'hazard_reports')
      .doc(r._id)
      .update({ ...patch, updatedAt: at })
    if (next.status !== r.status) await notifyReporter(tx, deps, next, input.reason)
    return next
  })
  return officialView(after, today)
}

type UpdateInput = z.output<(typeof hazardOversightApi)['update']['input']>

/**
 * An official's status change with its reason. Putting a report on the ledger opens the entry in the same
 * transaction (one report opens one entry), owned by the acting official; the reporter is told every time.
 */
export async function updateHazard(deps: Deps, caller: Registered, input: UpdateInput): Promise<OfficialHazard> {
  const before = await reportWithin(deps, caller, input.reportId)
  assertOfficialMove(before.status, input.to)
  const house = input.houseId ? await mustGet(deps.store, 'houses', input.houseId) : null
  // A house elsewhere answers as one that does not exist: a report is about a house of its own village.
  if (house && house.regionPath !== before.regionPath) throw new DomainError('not_found')
  const { at, today } = nowOf(deps)
  if (input.deadline && input.deadline < today) {
    throw new DomainError('bad_input', '整改期限不能早于今天', { field: 'deadline' })
  }

  const after = await deps.store.runTransaction(async (tx) => {
    const r = await freshInTx(tx, before._id)
    assertOfficialMove(r.status, input.to)
    const houseId = house?._id ?? r.houseId
    let ledgerEntryId = r.ledgerEntryId
    // 解决一户，销号一户: a report on the ledger is fixed when its entry is closed (evidence and a second official).
    if (input.to === 'resolved' && ledgerEntryId) {
      const entry = await txCol(tx, 'ledger_entries').doc(ledgerEntryId).get()
      if (entry?.state !== 'closed') {
        throw new DomainError('invalid_transition', '台账销号后才能标记为已整改', { ledgerEntryId, ledgerState: entry?.state })
      }
    }
    if (input.to === 'in_ledger') {
      const houseRecord = houseId ? await txCol(tx, 'houses').doc(houseId).get() : null
      const entry = await openLedgerEntry(tx, deps, {
        source: { kind: 'hazard_report', id: r._id },
        kind: 'hazard',
        place: { regionPath: r.regionPath, region: r.region, villageName: r.villageName },
        houseId,
        householdId: houseRecord?.householdId ?? null,
        problem: `${r.reportNo}：${(r.moderation.redactedText ?? r.description).slice(0, 400)}`,
        owner: { id: caller.user._id, name: caller.user.name },
        deadline: input.deadline ?? hazardFixDeadline(today),
      })
      // A report the reporter reopened after its entry was closed puts the same entry back on the ledger.
      if (entry.state === 'closed') {
        const reopening = { byId: caller.user._id, byName: caller.user.name, on: today, reason: input.reason }
        await txCol(tx, 'ledger_entries')
          .doc(entry._id)
          .update({
            state: 'open',
            closure: null,
            confirmation: null,
            reopenings: [...entry.reopenings, reopening],
            updatedAt: at,
          })
      }
      ledgerEntryId = entry._id
    }
    const step: HazardStep = {
      from: r.status,
      to: input.to,
      byRole: 'official',
      byName: caller.user.name,
      reason: input.reason,
      at,
    }
    const patch = { status: input.to, houseId, ledgerEntryId, history: [...r.history, step], updatedAt: at }
    await txCol(tx, 'hazard_reports').doc(r._id).update(patch)
    const next: HazardReport = { ...r, ...patch }
    await notifyReporter(tx, deps, next, input.reason)
    return next
  })
  return officialView(after, today)
}

/** The reporter hears of every status change, anonymous or not: the message goes to the identity, not a name. */
export async function notifyReporter(tx: Transaction, deps: Deps, r: HazardReport, reason: string): Promise<void> {
  const id = deps.newId()
  await txCol(tx, 'notifications')
    .doc(id)
    .set(withoutId(outboxRecord(id, r.updatedAt, hazardUpdateMessage(r.reporterId, r, reason))))
}

/** Every photo of a report, dropped and blurred ones too, for the officials who decide what the public sees. */
export async function hazardPhotos(deps: Deps, caller: Registered, reportId: string) {
  const report = await reportWithin(deps, caller, reportId)
  const uploads = await col(deps.store, 'uploads')
    .where({ _id: cmp.in(report.photoIds) })
    .limit(report.photoIds.length)
    .get()
  const byId = new Map(uploads.map((u) => [u._id, u]))
  const { blurredPhotoIds, droppedPhotoIds } = report.moderation
  // A lost upload is left out rather than shown broken.
  const found = report.photoIds.flatMap((id) => {
    const upload = byId.get(id)
    return upload ? [{ id, fileId: upload.fileId }] : []
  })
  return Promise.all(
    found.map(async (p) => ({
      id: p.id,
      url: await deps.files.url(p.fileId),
      blurred: blurredPhotoIds.includes(p.id),
      dropped: droppedPhotoIds.includes(p.id),
    })),
  )
}
