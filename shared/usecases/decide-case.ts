import { AppError } from '../api/errors'
import type { Decision } from '../api/review.api'
import { profileInForce } from '../domain/policy-profile'
import { subsidyCapFen } from '../domain/subsidy'
import { CLOSED_STATES, PUBLICITY_ON_ENTER, publicityRunning, transition, waitsForPublicity } from '../domain/workflow'
import type { Application } from '../schemas/application'
import { txCol, withoutId } from './collections'
import { nowOf } from './clock-view'
import { requireWithin } from './authorize'
import type { Deps, Registered } from './deps'
import { historyEntry } from './history'
import { householdUserIds, mustGet } from './load'
import { buildNotice } from './publicity-notice'
import { caseUpdateMessage, outboxRecord } from './notify'

type Input = { caseId: string; decision: Decision; comment: string }

/**
 * 村评议 / 乡镇审核 / 县级审批: one decision at the caller's level. The table says whether the move is
 * allowed; the publicity of the previous stage must have run its course before a case moves on;
 * approval publicises the new result; the household is told of every decision.
 */
export async function decideCase(deps: Deps, caller: Registered, input: Input): Promise<Application> {
  const before = await mustGet(deps.store, 'cases', input.caseId)
  requireWithin(caller, before.regionPath)
  const recipients = await householdUserIds(deps.store, before.householdId)
  const { at, today } = nowOf(deps)

  return deps.store.runTransaction(async (tx) => {
    const c = await txCol(tx, 'cases').doc(input.caseId).get()
    if (!c) throw new AppError('NOT_FOUND')
    const move = transition(c.state, input.decision, caller.user.role)
    if (!move.ok) throw new AppError('INVALID_TRANSITION', undefined, { state: c.state, reason: move.reason })
    if (waitsForPublicity(c.state, input.decision) && publicityRunning(c.publicityClosesOn, today)) {
      throw new AppError('PUBLICITY_RUNNING', `公示期至${c.publicityClosesOn}，期满后方可办理`, {
        closesOn: c.publicityClosesOn,
      })
    }

    const profile = profileInForce(deps.profiles, today)
    const stage = PUBLICITY_ON_ENTER[move.to]
    const notice = stage
      ? buildNotice({ id: deps.newId(), application: c, stage, today, at, calendar: deps.calendar, profile })
      : null
    const capFen =
      move.to === 'county_approved'
        ? subsidyCapFen({
            grade: c.gradeAtApplication,
            mode: c.mode,
            householdSize: c.householdSize,
            // The new house is not built yet: the ceiling is the standard area; settlement prices the real one.
            profile,
          })
        : c.subsidyCapFen
    const after: Application = {
      ...c,
      state: move.to,
      subsidyCapFen: capFen,
      publicityClosesOn: notice?.closesOn ?? null,
      updatedAt: at,
      history: [
        ...c.history,
        historyEntry({ caller, from: c.state, to: move.to, event: input.decision, comment: input.comment, at, today }),
      ],
    }

    await txCol(tx, 'cases').doc(c._id).set(withoutId(after))
    if (notice) await txCol(tx, 'notices').doc(notice._id).set(withoutId(notice))
    if (CLOSED_STATES.includes(move.to)) await txCol(tx, 'households').doc(c.householdId).update({ activeCaseId: null })
    for (const recipientId of recipients) {
      const message = outboxRecord(deps.newId(), at, caseUpdateMessage(recipientId, after, input.comment))
      await txCol(tx, 'notifications').doc(message._id).set(withoutId(message))
    }
    return after
  })
}
