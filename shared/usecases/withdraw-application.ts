import { DomainError } from '../domain/errors'
import type { Application } from '../schemas/application'
import type { Deps, Registered } from './deps'
import { moveCaseInTx, prepareMove } from './move-case'

/**
 * 撤回申请: while the next level has not acted (the table lists the states). The household withdraws its own
 * application; the village may withdraw one it filed on the household's behalf (代为申请), and must say why, since
 * the person it acts for cannot.
 */
export async function withdrawApplication(
  deps: Deps,
  caller: Registered,
  input: { caseId: string; reason: string },
): Promise<Application> {
  // Jurisdiction first: a case out of reach is not found, whatever else is wrong with the call.
  const prepared = await prepareMove(deps, caller, input.caseId)
  if (caller.user.role === 'village' && input.reason.trim().length === 0) {
    throw new DomainError('bad_input', '村委会撤回代为申请的案件时请写明原因', {
      issues: [{ path: ['reason'], message: '请写明撤回原因' }],
    })
  }
  const move = { caseId: input.caseId, event: 'withdraw' as const, comment: input.reason }
  return deps.store.runTransaction((tx) => moveCaseInTx(tx, deps, caller, prepared, move))
}
