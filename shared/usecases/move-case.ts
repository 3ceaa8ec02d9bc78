import { DomainError } from '../domain/errors'
import { effectsOfMove, transition } from '../domain/workflow/events'
import { checkGuards } from '../domain/workflow/guards'
import { tableFor } from '../domain/workflow/tables'
import type { Transaction } from '../ports/document-store'
import type { PolicyProfile } from '../domain/policy-profile'
import type { Application, CaseEvent } from '../schemas/application'
import { caseProfile } from './case-profile'
import { nowOf } from './clock-view'
import { txCol, withoutId } from './collections'
import { requireCanSee } from './authorize'
import type { Deps, Registered } from './deps'
import { historyEntry } from './history'
import { householdUserIds, mustGet } from './load'
import { runEffect } from './workflow-effects'

export type Move = {
  caseId: string
  event: CaseEvent
  comment: string
  /** Fields the step sets on the case with the move (a plan, a confirmation…); guards see the case with them. */
  patch?: (c: Application) => Partial<Application>
  /** Writes elsewhere in the same transaction once the case is final (an objection resolved, a house graded…). */
  alsoWrite?: (tx: Transaction, after: Application) => Promise<void>
}

/** What a move reads before its transaction: the case, to check jurisdiction, who to tell, and the profile it runs under. */
export type PreparedMove = { before: Application; recipients: readonly string[]; profile: PolicyProfile }

export async function prepareMove(deps: Deps, caller: Registered, caseId: string): Promise<PreparedMove> {
  const before = await mustGet(deps.store, 'cases', caseId)
  // Officials by jurisdiction; a farmer only their own household's case (a neighbour's is not found).
  requireCanSee(caller, before)
  const [recipients, profile] = await Promise.all([
    householdUserIds(deps.store, before.householdId),
    caseProfile(deps, before, nowOf(deps).today),
  ])
  return { before, recipients, profile }
}

/**
 * Moves a case by one event of the table it was opened under, inside the caller's transaction: the row must
 * exist for the caller's role, its guards must pass, and the effects of the move (publicity, the subsidy
 * cap, closing the household's case, telling the household) are written in the same transaction.
 */
export async function moveCaseInTx(
  tx: Transaction,
  deps: Deps,
  caller: Registered,
  prepared: PreparedMove,
  move: Move,
): Promise<Application> {
  const { at, today } = nowOf(deps)
  const c = await txCol(tx, 'cases').doc(move.caseId).get()
  if (!c) throw new DomainError('not_found')
  const table = tableFor(c.workflowVersion)
  const step = transition(table, c.state, move.event, caller.user.role)
  if (!step.ok) throw new DomainError('invalid_transition', undefined, { state: c.state, reason: step.reason })
  const patched: Application = { ...c, ...(move.patch?.(c) ?? {}) }
  // Read before the transaction (a transaction reads by id only); a case keeps its profile version, so it cannot change.
  const profile = prepared.profile
  const guard = checkGuards(step.row.guards, {
    case: patched,
    today,
    actorId: caller.user._id,
    actorRole: caller.user.role,
    profile,
  })
  if (!guard.ok) throw new DomainError(guard.refusal, guard.message, guard.details)

  const ctx = { deps, before: patched, comment: move.comment, recipients: prepared.recipients, at, today, profile }
  const outcomes = effectsOfMove(table, step.row).map((effect) => runEffect(ctx, effect))
  const after: Application = Object.assign(
    {
      ...patched,
      state: step.to,
      // Leaving a state ends its publicity; a publicised state entered sets its own window.
      publicityClosesOn: null,
      updatedAt: at,
      history: [
        ...c.history,
        historyEntry({ caller, from: c.state, to: step.to, event: move.event, comment: move.comment, at, today }),
      ],
    },
    ...outcomes.map((o) => o.patch ?? {}),
  )

  await txCol(tx, 'cases').doc(c._id).set(withoutId(after))
  for (const outcome of outcomes) await outcome.write?.(tx, after)
  await move.alsoWrite?.(tx, after)
  return after
}

/** One move in a transaction of its own. */
export async function moveCase(deps: Deps, caller: Registered, move: Move): Promise<Application> {
  const prepared = await prepareMove(deps, caller, move.caseId)
  return deps.store.runTransaction((tx) => moveCaseInTx(tx, deps, caller, prepared, move))
}
