import type { ObjectionItem } from '../../api/objections.api'
import { DomainError } from '../../domain/errors'
import { eventOfResolution } from '../../domain/objection'
import type { Transaction } from '../../ports/document-store'
import type { Objection, UpheldOutcome } from '../../schemas/objection'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { moveCaseInTx, prepareMove } from '../move-case'
import { objectionResolvedMessage, outboxRecord } from '../notify'
import { toObjectionItem } from './views'

export type ResolveObjection = {
  objectionId: string
  decision: 'upheld' | 'dismissed'
  outcome?: UpheldOutcome
  resolution: string
}

/**
 * 乡镇核实处理异议: upheld returns the case to the applicant or rejects it (table events objection_return /
 * objection_reject, through moveCaseInTx, with the move's own effects); dismissed leaves the case where it is,
 * to continue once nothing else holds it. Either way, in the same transaction: the objection is closed with the
 * written reason, the case's count of open objections goes down, and the objector is told through the outbox.
 */
export async function resolveObjection(deps: Deps, caller: Registered, input: ResolveObjection): Promise<ObjectionItem> {
  const found = await mustGet(deps.store, 'objections', input.objectionId)
  requireWithin(caller, found.regionPath)
  const event = eventOfResolution(input.decision, input.outcome ?? null)
  const { at, today } = nowOf(deps)

  const close = (o: Objection): Objection => ({
    ...o,
    state: input.decision,
    resolution: {
      outcome: input.decision === 'upheld' ? (input.outcome ?? null) : null,
      text: input.resolution,
      byId: caller.user._id,
      byName: caller.user.name,
      on: today,
      at,
    },
    updatedAt: at,
  })

  /** Reads the objection again inside the transaction: of two resolutions racing, the second finds it closed. */
  const openIn = async (tx: Transaction): Promise<Objection> => {
    const o = await txCol(tx, 'objections').doc(found._id).get()
    if (!o) throw new DomainError('not_found')
    if (o.state !== 'open') throw new DomainError('invalid_transition', '这条异议已经处理过了', { state: o.state })
    return o
  }

  const writeClosed = async (tx: Transaction, resolved: Objection) => {
    await txCol(tx, 'objections').doc(resolved._id).set(withoutId(resolved))
    const message = outboxRecord(deps.newId(), at, objectionResolvedMessage(resolved.objectorId, resolved))
    await txCol(tx, 'notifications').doc(message._id).set(withoutId(message))
  }

  const lessOne = (n: number) => Math.max(0, n - 1)
  let resolved: Objection
  if (event) {
    const prepared = await prepareMove(deps, caller, found.caseId)
    resolved = await deps.store.runTransaction(async (tx) => {
      const closed = close(await openIn(tx))
      await moveCaseInTx(tx, deps, caller, prepared, {
        caseId: found.caseId,
        event,
        comment: `异议成立：${input.resolution}`,
        patch: (c) => ({ openObjections: lessOne(c.openObjections) }),
        alsoWrite: (t) => writeClosed(t, closed),
      })
      return closed
    })
  } else {
    resolved = await deps.store.runTransaction(async (tx) => {
      const closed = close(await openIn(tx))
      const c = await txCol(tx, 'cases').doc(found.caseId).get()
      if (!c) throw new DomainError('not_found')
      await txCol(tx, 'cases')
        .doc(c._id)
        .set(withoutId({ ...c, openObjections: lessOne(c.openObjections), updatedAt: at }))
      await writeClosed(tx, closed)
      return closed
    })
  }
  return toObjectionItem(resolved, caller.user.role, today, deps.calendar)
}
