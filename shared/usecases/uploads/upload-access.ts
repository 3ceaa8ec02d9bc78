import { DomainError } from '../../domain/errors'
import type { Upload } from '../../store/collections/uploads'
import { requireCanSee } from '../authorize'
import { col } from '../collections'
import type { Deps } from '../deps'

/**
 * The upload, when `openid` may see it: its uploader always; once attached to a case, whoever may see that case
 * (the farmer of the household, officials of the jurisdiction). Null otherwise, whether it exists or not.
 */
export async function uploadVisibleTo(deps: Deps, openid: string, uploadId: string): Promise<Upload | null> {
  const [user, upload] = await Promise.all([
    col(deps.store, 'users').doc(openid).get(),
    col(deps.store, 'uploads').doc(uploadId).get(),
  ])
  if (!user || !upload) return null
  if (upload.ownerId === openid) return upload
  if (!upload.attachedTo) return null
  const { collection, id } = upload.attachedTo
  // An objection's evidence is for the officials who resolve it; the household objected to never sees it.
  if (collection === 'objections' && user.role === 'farmer') return null
  const record = collection === 'cases' ? await col(deps.store, 'cases').doc(id).get() : await objectionOf(deps, id)
  if (!record) return null
  try {
    requireCanSee({ openid, user }, record)
    return upload
  } catch (error) {
    if (error instanceof DomainError) return null
    throw error
  }
}

/** An objection as a record officials may see by its region; it belongs to no household. */
async function objectionOf(deps: Deps, id: string): Promise<{ householdId: string; regionPath: string } | null> {
  const objection = await col(deps.store, 'objections').doc(id).get()
  return objection ? { householdId: '', regionPath: objection.regionPath } : null
}
