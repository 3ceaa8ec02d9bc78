import { DomainError } from '../../domain/errors'
import { within } from '../../domain/jurisdiction'
import type { HazardReport } from '../../schemas/hazard'
import type { User } from '../../schemas/user'
import type { Upload } from '../../store/collections/uploads'
import { requireCanSee } from '../authorize'
import { col } from '../collections'
import type { Deps } from '../deps'

/**
 * The upload, when `openid` may see it: its uploader always; once attached to a case, whoever may see that case
 * (the farmer of the household, officials of the jurisdiction), and likewise for an appraisal, inspection or
 * ledger entry (officials only for an objection's evidence); once on a hazard report, see `seesHazardPhoto`.
 * Null otherwise, whether it exists or not.
 */
export async function uploadVisibleTo(deps: Deps, openid: string, uploadId: string): Promise<Upload | null> {
  const [user, upload] = await Promise.all([
    col(deps.store, 'users').doc(openid).get(),
    col(deps.store, 'uploads').doc(uploadId).get(),
  ])
  if (!upload) return null
  // A hazard reporter needs no record, so seeing one's own upload does not either.
  if (upload.ownerId === openid) return upload
  if (!upload.attachedTo) return null
  if (upload.attachedTo.collection === 'hazard_reports') {
    const report = await col(deps.store, 'hazard_reports').doc(upload.attachedTo.id).get()
    return report && seesHazardPhoto(user, report, upload._id) ? upload : null
  }
  if (!user) return null
  const { collection, id } = upload.attachedTo
  // An objection's evidence is for the officials who resolve it; the household objected to never sees it.
  if (collection === 'objections' && user.role === 'farmer') return null
  const found = (await col(deps.store, collection).doc(id).get()) as { householdId?: string | null; regionPath: string } | null
  if (!found) return null
  const record = { householdId: found.householdId ?? null, regionPath: found.regionPath }
  try {
    requireCanSee({ openid, user }, record)
    return upload
  } catch (error) {
    if (error instanceof DomainError) return null
    throw error
  }
}

/**
 * A hazard report's photo: officials of its place see every photo; anyone else (the public list is open to
 * all) only the photos moderation left shown, of a report that is not hidden. A blurred one is withheld too:
 * the list shows a placeholder in its place.
 */
export function seesHazardPhoto(user: User | null, report: HazardReport, uploadId: string): boolean {
  const official = user && user.role !== 'farmer' && within(user.regionPath, report.regionPath)
  if (official) return true
  const { hidden, droppedPhotoIds, blurredPhotoIds } = report.moderation
  return !hidden && !droppedPhotoIds.includes(uploadId) && !blurredPhotoIds.includes(uploadId)
}
