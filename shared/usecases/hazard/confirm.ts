import type { z } from 'zod'
import { profileInForceFor } from '../profiles'
import type { MyHazard, hazardApi } from '../../api/hazard.api'
import { DomainError } from '../../domain/errors'
import { reporterMove, verifyDeadline } from '../../domain/hazard'
import type { HazardReport, HazardStep } from '../../schemas/hazard'
import { nowOf } from '../clock-view'
import { txCol } from '../collections'
import type { Caller, Deps } from '../deps'
import { mustGet } from '../load'
import { identityOf } from './report'
import { reporterView } from './views'

type Input = z.output<(typeof hazardApi)['confirm']['input']>

/**
 * The reporter confirms the fix, or reopens with a reason: the report goes back to verifying with a fresh
 * deadline. Somebody else's report answers as one that does not exist.
 */
export async function confirmHazard(deps: Deps, caller: Caller, input: Input): Promise<MyHazard> {
  const openid = identityOf(caller)
  const before = await mustGet(deps.store, 'hazard_reports', input.reportId)
  if (before.reporterId !== openid) throw new DomainError('not_found')
  if (input.move === 'reopen' && !input.reason) {
    throw new DomainError('bad_input', '请说明重新提出的原因', { field: 'reason' })
  }
  const { at, today } = nowOf(deps)
  const profile = await profileInForceFor(deps, before.region.county, today)
  const after = await deps.store.runTransaction(async (tx) => {
    const r = await txCol(tx, 'hazard_reports').doc(before._id).get()
    if (!r) throw new DomainError('not_found')
    const to = reporterMove(r, input.move)
    const step: HazardStep = {
      from: r.status,
      to,
      byRole: 'reporter',
      byName: '',
      reason: input.move === 'confirm' ? (input.reason ?? '确认已整改') : input.reason!,
      at,
    }
    const patch: Partial<HazardReport> =
      input.move === 'confirm'
        ? { confirmedOn: today, history: [...r.history, step], updatedAt: at }
        : {
            status: to,
            verifyBy: verifyDeadline(deps.calendar, today, profile.hazardVerifyWorkingDays),
            history: [...r.history, step],
            updatedAt: at,
          }
    await txCol(tx, 'hazard_reports').doc(r._id).update(patch)
    return { ...r, ...patch }
  })
  return reporterView(after)
}
