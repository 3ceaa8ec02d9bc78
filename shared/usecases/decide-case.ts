import { DomainError } from '../domain/errors'
import type { Decision } from '../api/review.api'
import { profileInForce } from '../domain/policy-profile'
import { effectsOnEnter } from '../domain/workflow/effects'
import { transition } from '../domain/workflow/events'
import { checkGuards } from '../domain/workflow/guards'
import { tableFor } from '../domain/workflow/tables'
import type { Application } from '../schemas/application'
import { txCol, withoutId } from './collections'
import { nowOf } from './clock-view'
import { requireWithin } from './authorize'
import type { Deps, Registered } from './deps'
import { historyEntry } from './history'
import { householdUserIds, mustGet } from './load'
import { runEffect } from './workflow-effects'

type Input = { caseId: string; decision: Decision; comment: string }

/**
 * 村评议 / 乡镇审核 / 县级审批: one decision at the caller's level. The case's own table says whether the
 * move is allowed and which guards must pass; the effects declared on the state entered (publicity, the
 * subsidy cap, closing the household's case, telling the household) run in the same transaction.
 */
export async function decideCase(deps: Deps, caller: Registered, input: Input): Promise<Application> {
  const before = await mustGet(deps.store, 'cases', input.caseId)
  requireWithin(caller, before.regionPath)
  const recipients = await householdUserIds(deps.store, before.householdId)
  const { at, today } = nowOf(deps)

  return deps.store.runTransaction(async (tx) => {
    const c = await txCol(tx, 'cases').doc(input.caseId).get()
    if (!c) throw new DomainError('not_found')
    const table = tableFor(c.workflowVersion)
    const move = transition(table, c.state, input.decision, caller.user.role)
    if (!move.ok) throw new DomainError('invalid_transition', undefined, { state: c.state, reason: move.reason })
    const guard = checkGuards(move.row.guards, { case: c, today })
    if (!guard.ok) throw new DomainError(guard.refusal, guard.message, guard.details)

    const ctx = { deps, before: c, comment: input.comment, recipients, at, today, profile: profileInForce(deps.profiles, today) }
    const outcomes = effectsOnEnter(table, move.to).map((effect) => runEffect(ctx, effect))
    const after: Application = Object.assign(
      {
        ...c,
        state: move.to,
        // Leaving a state ends its publicity; a publicised state entered sets its own window.
        publicityClosesOn: null,
        updatedAt: at,
        history: [
          ...c.history,
          historyEntry({ caller, from: c.state, to: move.to, event: input.decision, comment: input.comment, at, today }),
        ],
      },
      ...outcomes.map((o) => o.patch ?? {}),
    )

    await txCol(tx, 'cases').doc(c._id).set(withoutId(after))
    for (const outcome of outcomes) await outcome.write?.(tx, after)
    return after
  })
}
