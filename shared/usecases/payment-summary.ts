import { DomainError } from '../domain/errors'
import type { PaymentSummary } from '../api/payment.api'
import { paymentPlan } from '../domain/payment-plan'
import { col } from './collections'
import type { Deps, Registered } from './deps'

/** For each of the farmer's cases, newest first: received so far, still to come, and the next payment. */
export async function paymentSummary(deps: Deps, caller: Registered): Promise<{ items: PaymentSummary[] }> {
  const householdId = caller.user.householdId
  if (!householdId) throw new DomainError('forbidden', '您的账号尚未关联农户')
  const [cases, payments] = await Promise.all([
    col(deps.store, 'cases').where({ householdId }).orderBy('seq', 'desc').limit(20).get(),
    col(deps.store, 'payments').where({ householdId }).orderBy('seq', 'asc').limit(200).get(),
  ])
  return {
    items: cases.map((c) => ({
      caseId: c._id,
      caseNo: c.caseNo,
      mode: c.mode,
      ...paymentPlan(
        c,
        payments.filter((p) => p.caseId === c._id),
      ),
    })),
  }
}
