import { MAX_READ, cmp } from '../../ports/document-store'
import type { FileStore } from '../../ports/files'
import { ORPHAN_UPLOAD_HOURS } from '../../domain/upload-rules'
import { col, txCol } from '../collections'
import type { Deps } from '../deps'

export type OrphanOptions = { olderThanHours?: number; limit?: number }

/**
 * Deletes uploads never attached to a record within `olderThanHours` (an abandoned form's photos): the file
 * first, then the record, so a failure leaves a record to retry rather than a file nobody knows about. Reads in
 * pages of at most 1,000 and stops after `limit` removals; the jobs scheduler calls it again on its next run.
 */
export async function removeOrphanUploads(
  deps: Pick<Deps, 'store' | 'clock'>,
  files: Pick<FileStore, 'remove'>,
  { olderThanHours = ORPHAN_UPLOAD_HOURS, limit = MAX_READ }: OrphanOptions = {},
): Promise<{ removed: number }> {
  const cutoff = new Date(deps.clock.now().getTime() - olderThanHours * 3_600_000).toISOString()
  const uploads = col(deps.store, 'uploads')
  let removed = 0
  // Every upload of a page either goes or has been attached meanwhile, so each page starts from the oldest left.
  while (removed < limit) {
    const size = Math.min(MAX_READ, limit - removed)
    const page = await uploads
      .where({ attachedTo: null, createdAt: cmp.lt(cutoff) })
      .orderBy('createdAt', 'asc')
      .limit(size)
      .get()
    for (const upload of page) {
      // A form may have claimed it since the page was read; only a still-unattached upload goes.
      const fresh = await uploads.doc(upload._id).get()
      if (fresh?.attachedTo !== null) continue
      await files.remove(upload.fileId)
      const gone = await deps.store.runTransaction(async (tx) => {
        const now = await txCol(tx, 'uploads').doc(upload._id).get()
        if (now?.attachedTo !== null) return false
        await txCol(tx, 'uploads').doc(upload._id).remove()
        return true
      })
      if (gone) removed++
    }
    if (page.length < size) break
  }
  return { removed }
}
