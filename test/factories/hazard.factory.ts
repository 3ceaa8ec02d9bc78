import type { z } from 'zod'
import { regionRefOf } from '@shared/domain/jurisdiction'
import { HazardReport } from '@shared/schemas/hazard'
import { seqOf } from '@shared/usecases/paging'
import { PATHS } from './world.factory'

const instantOf = (day: string) => `${day}T02:00:00.000Z`

/**
 * A hazard report as `hazard.report` writes it, received in village A1 on a Monday, by a WeChat user with no
 * record; `status` and the rest by override. History is the received step only unless given.
 */
export function aHazardReport(overrides: Partial<z.input<typeof HazardReport>> = {}): HazardReport {
  const id = overrides._id ?? 'hz-1'
  const regionPath = overrides.regionPath ?? PATHS.villageA1
  const reportedOn = overrides.reportedOn ?? '2026-11-23'
  const at = overrides.createdAt ?? instantOf(reportedOn)
  return HazardReport.parse({
    _id: id,
    reportNo: `YH${reportedOn.replaceAll('-', '')}-${id.slice(-6).toUpperCase()}`,
    regionPath,
    region: regionRefOf(regionPath),
    villageName: '甲一村',
    category: 'cracks',
    description: '东墙有一条从屋顶到地面的裂缝，下雨时漏水',
    photoIds: [`up-${id}-1`, `up-${id}-2`],
    location: { source: 'device', lat: 35.0, lng: 118.3 },
    houseId: null,
    anonymous: false,
    contactPhone: null,
    reporterId: 'wx-reporter',
    reporterName: null,
    status: 'received',
    duplicateOf: null,
    ledgerEntryId: null,
    moderation: { hidden: false, redactedText: null, droppedPhotoIds: [], blurredPhotoIds: [] },
    reportedOn,
    verifyBy: '2026-11-26',
    confirmedOn: null,
    history: [{ from: null, to: 'received', byRole: 'reporter', byName: '', reason: '', at }],
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
    ...overrides,
  })
}
