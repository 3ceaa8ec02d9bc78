import type { z } from 'zod'
import { profileInForceFor } from '../profiles'
import type { ReportHazardInput } from '../../api/hazard.api'
import { REPORTS_PER_REPORTER_PER_DAY, TOO_MANY_REPORTS, assertAnonymityConsistent, verifyDeadline } from '../../domain/hazard'
import { DomainError } from '../../domain/errors'
import { levelOf, regionRefOf } from '../../domain/jurisdiction'
import { cmp } from '../../ports/document-store'
import type { HazardReport } from '../../schemas/hazard'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Caller, Deps } from '../deps'
import { seqOf } from '../paging'
import { claimUploads } from '../uploads/claim-uploads'

type Input = z.output<typeof ReportHazardInput>

/** A public write needs someone to write for: the WeChat identity, or on H5 the visitor session. */
export function identityOf(caller: Caller): string {
  if (!caller.openid) throw new DomainError('unauthenticated', '请先进入小程序或以访客身份进入后再反映')
  return caller.openid
}

const DAY_MS = 86_400_000

/**
 * A report from anyone: routed to the chosen village (and so its township), photos claimed from the caller's
 * own uploads in the same transaction, the verification deadline set from the profile in force.
 */
export async function reportHazard(deps: Deps, caller: Caller, input: Input): Promise<HazardReport> {
  const openid = identityOf(caller)
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    throw new DomainError('bad_input', '位置信息不完整，请重新定位或选择村庄', { field: 'lat' })
  }
  const contactPhone = input.contactPhone ?? null
  assertAnonymityConsistent({ anonymous: input.anonymous, contactPhone })
  const village = await col(deps.store, 'regions').doc(input.regionPath).get()
  if (!village || levelOf(input.regionPath) !== 'village') {
    throw new DomainError('not_found', '找不到所选村庄，请重新选择', { field: 'regionPath' })
  }

  const now = deps.clock.now()
  const { at, today } = nowOf(deps)
  const recent = await col(deps.store, 'hazard_reports')
    .where({ reporterId: openid, seq: cmp.gt(seqOf(new Date(now.getTime() - DAY_MS).toISOString(), '')) })
    .limit(REPORTS_PER_REPORTER_PER_DAY)
    .get()
  if (recent.length >= REPORTS_PER_REPORTER_PER_DAY) throw new DomainError('too_many_attempts', TOO_MANY_REPORTS)

  const profile = await profileInForceFor(deps, regionRefOf(input.regionPath).county, today)
  const id = deps.newId()
  const located = input.lat !== undefined && input.lng !== undefined
  const report: HazardReport = {
    _id: id,
    reportNo: `YH${today.replaceAll('-', '')}-${id.slice(-6).toUpperCase()}`,
    regionPath: input.regionPath,
    region: regionRefOf(input.regionPath),
    villageName: village.name,
    category: input.category,
    description: input.description,
    photoIds: [...new Set(input.photoIds)],
    location: { source: located ? 'device' : 'village', lat: input.lat ?? null, lng: input.lng ?? null },
    houseId: null,
    anonymous: input.anonymous,
    contactPhone,
    reporterId: openid,
    // An anonymous reporter's name is never stored, so no later view or export can show it by mistake.
    reporterName: input.anonymous ? null : (caller.user?.name ?? null),
    status: 'received',
    duplicateOf: null,
    ledgerEntryId: null,
    moderation: { hidden: false, redactedText: null, droppedPhotoIds: [], blurredPhotoIds: [] },
    reportedOn: today,
    verifyBy: verifyDeadline(deps.calendar, today, profile.hazardVerifyWorkingDays),
    confirmedOn: null,
    history: [{ from: null, to: 'received', byRole: 'reporter', byName: '', reason: '', at }],
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
  }
  await deps.store.runTransaction(async (tx) => {
    await claimUploads(tx, { openid }, { photoIds: report.photoIds, caseId: id, collection: 'hazard_reports' })
    await txCol(tx, 'hazard_reports').doc(id).set(withoutId(report))
  })
  return report
}
