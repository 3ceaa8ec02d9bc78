import { DomainError } from '../domain/errors'
import { transition } from '../domain/workflow/events'
import { tableFor } from '../domain/workflow/tables'
import type { Application } from '../schemas/application'
import { txCol, withoutId } from './collections'
import { nowOf } from './clock-view'
import { requireCanSee } from './authorize'
import type { Deps, Registered } from './deps'
import { historyEntry } from './history'
import { mustGet } from './load'
import { claimUploads } from './uploads/claim-uploads'

/** A returned case goes back to village review with the amended reason and photos (退回补正后重新提交). */
export async function resubmitApplication(
  deps: Deps,
  caller: Registered,
  input: { caseId: string; reason: string; comment: string; photoIds?: readonly string[] },
): Promise<Application> {
  const before = await mustGet(deps.store, 'cases', input.caseId)
  requireCanSee(caller, before)
  const { at, today } = nowOf(deps)
  return deps.store.runTransaction(async (tx) => {
    const c = await txCol(tx, 'cases').doc(input.caseId).get()
    if (!c) throw new DomainError('not_found')
    const move = transition(tableFor(c.workflowVersion), c.state, 'resubmit', caller.user.role)
    if (!move.ok) throw new DomainError('invalid_transition', undefined, { state: c.state, reason: move.reason })
    const photoIds = input.photoIds
      ? await claimUploads(tx, caller, { photoIds: input.photoIds, caseId: c._id, onRecord: c.photoIds })
      : c.photoIds
    const after: Application = {
      ...c,
      photoIds,
      state: move.to,
      reason: input.reason,
      updatedAt: at,
      history: [
        ...c.history,
        historyEntry({ caller, from: c.state, to: move.to, event: 'resubmit', comment: input.comment, at, today }),
      ],
    }
    await txCol(tx, 'cases').doc(c._id).set(withoutId(after))
    return after
  })
}
