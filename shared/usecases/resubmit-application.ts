import type { Application } from '../schemas/application'
import type { Deps, Registered } from './deps'
import { moveCaseInTx, prepareMove } from './move-case'
import { claimUploads } from './uploads/claim-uploads'

/**
 * A returned case goes back with the amended reason and photos (退回补正后重新提交): to the village review when the
 * village returned it, straight back to the township or the county when that level did (the table says where).
 */
export async function resubmitApplication(
  deps: Deps,
  caller: Registered,
  input: { caseId: string; reason: string; comment: string; photoIds?: readonly string[] },
): Promise<Application> {
  const prepared = await prepareMove(deps, caller, input.caseId)
  return deps.store.runTransaction(async (tx) => {
    const onRecord = prepared.before.photoIds
    const photoIds = input.photoIds
      ? await claimUploads(tx, caller, { photoIds: input.photoIds, caseId: input.caseId, onRecord })
      : null
    return moveCaseInTx(tx, deps, caller, prepared, {
      caseId: input.caseId,
      event: 'resubmit',
      comment: input.comment,
      patch: (c) => ({ reason: input.reason, photoIds: photoIds ?? c.photoIds }),
    })
  })
}
