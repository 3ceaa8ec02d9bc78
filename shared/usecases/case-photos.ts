import type { CasePhoto } from '../api/application.api'
import { cmp } from '../ports/document-store'
import { requireCanSee } from './authorize'
import { col } from './collections'
import type { Deps, Registered } from './deps'
import { mustGet } from './load'

/**
 * The case's photos, in the order the farmer gave them, then the village meeting's minutes photo, for whoever may
 * see the case; a lost upload is left out.
 */
export async function casePhotos(deps: Deps, caller: Registered, caseId: string): Promise<CasePhoto[]> {
  const c = await mustGet(deps.store, 'cases', caseId)
  requireCanSee(caller, c)
  const ids = [...c.photoIds, ...(c.villageReview ? [c.villageReview.minutesPhotoId] : [])]
  if (ids.length === 0) return []
  const uploads = await col(deps.store, 'uploads')
    .where({ _id: cmp.in(ids) })
    .limit(ids.length)
    .get()
  const byId = new Map(uploads.map((u) => [u._id, u]))
  const found = ids.flatMap((id) => {
    const upload = byId.get(id)
    return upload ? [{ id, fileId: upload.fileId }] : []
  })
  return Promise.all(found.map(async (p) => ({ id: p.id, url: await deps.files.url(p.fileId) })))
}
