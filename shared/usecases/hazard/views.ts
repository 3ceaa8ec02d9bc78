import type { OfficialHazard } from '../../api/hazard-oversight.api'
import type { MyHazard, PublicHazard } from '../../api/hazard.api'
import { canMarkDuplicate, isOverdue, officialMoves, REOPENABLE } from '../../domain/hazard'
import { maskPhone, maskSensitiveText } from '../../domain/masking'
import { HAZARD_CATEGORY_LABEL, HAZARD_STATUS_LABEL, type HazardReport } from '../../schemas/hazard'

/** What the public reads: the redacted text if officials wrote one, every number masked, dropped photos gone. */
export function publicView(r: HazardReport): PublicHazard {
  const { droppedPhotoIds, blurredPhotoIds, redactedText } = r.moderation
  return {
    id: r._id,
    reportNo: r.reportNo,
    regionPath: r.regionPath,
    villageName: r.villageName,
    category: r.category,
    categoryLabel: HAZARD_CATEGORY_LABEL[r.category],
    description: maskSensitiveText(redactedText ?? r.description),
    status: r.status,
    statusLabel: HAZARD_STATUS_LABEL[r.status],
    reportedOn: r.reportedOn,
    photos: r.photoIds.filter((id) => !droppedPhotoIds.includes(id)).map((id) => ({ id, blurred: blurredPhotoIds.includes(id) })),
    duplicateOf: r.duplicateOf,
  }
}

/** The reporter's view: their own text and photos as they gave them, and what they may do next. */
export function reporterView(r: HazardReport): MyHazard {
  return {
    ...publicView(r),
    description: maskSensitiveText(r.description),
    photos: r.photoIds.map((id) => ({ id, blurred: false })),
    anonymous: r.anonymous,
    contactPhoneMasked: r.contactPhone ? maskPhone(r.contactPhone) : null,
    hidden: r.moderation.hidden,
    confirmedOn: r.confirmedOn,
    history: r.history,
    canConfirm: r.status === 'resolved' && r.confirmedOn === null,
    canReopen: REOPENABLE.includes(r.status),
  }
}

/** Officials of the place: everything but the reporter of an anonymous report, who is not even stored by name. */
export function officialView(r: HazardReport, today: string): OfficialHazard {
  return {
    ...publicView(r),
    photos: r.photoIds.map((id) => ({ id, blurred: r.moderation.blurredPhotoIds.includes(id) })),
    descriptionAsTyped: r.description,
    anonymous: r.anonymous,
    reporterName: r.anonymous ? null : r.reporterName,
    contactPhone: r.anonymous ? null : r.contactPhone,
    lat: r.location.lat,
    lng: r.location.lng,
    houseId: r.houseId,
    ledgerEntryId: r.ledgerEntryId,
    verifyBy: r.verifyBy,
    overdue: isOverdue(r, today),
    confirmedOn: r.confirmedOn,
    moderation: r.moderation,
    history: r.history,
    moves: [...officialMoves(r.status)].filter((s) => s !== 'duplicate'),
    canMarkDuplicate: canMarkDuplicate(r.status),
  }
}
