import type { PaymentTimeline } from '../api/payment.api'
import { DomainError } from '../domain/errors'
import { paymentTimeline } from '../domain/funds/timeline'
import type { Payment } from '../schemas/payment'
import { caseProfiles } from './case-profile'
import { nowOf } from './clock-view'
import { col } from './collections'
import type { Deps, Registered } from './deps'
import { linesOfCase } from './funds/case-lines'
import { type Page, type PageRequest, pageBySeq } from './paging'

/** Cases whose money the household follows: a plan was agreed (closed cases keep their history of payments). */
const HAS_MONEY = (c: { plan: unknown }) => c.plan !== null

export async function myPayments(
  deps: Deps,
  caller: Registered,
  page: PageRequest,
): Promise<Page<Payment> & { timeline: PaymentTimeline[] }> {
  const householdId = caller.user.householdId
  if (!householdId) throw new DomainError('forbidden', '您的账号尚未关联农户')
  const [receipts, timeline] = await Promise.all([
    pageBySeq(col(deps.store, 'payments'), { householdId }, page, 'desc'),
    page.after ? [] : timelines(deps, householdId),
  ])
  return { ...receipts, timeline }
}

async function timelines(deps: Deps, householdId: string): Promise<PaymentTimeline[]> {
  const cases = (await col(deps.store, 'cases').where({ householdId }).orderBy('seq', 'desc').limit(20).get()).filter(HAS_MONEY)
  const [profiles, lines] = await Promise.all([
    caseProfiles(deps, cases, nowOf(deps).today),
    Promise.all(cases.map((c) => linesOfCase(deps.store, c._id))),
  ])
  return cases.map((c, i) => ({
    caseId: c._id,
    caseNo: c.caseNo,
    mode: c.plan?.mode ?? c.mode,
    ...paymentTimeline(c, profiles[i]!, lines[i]!),
  }))
}
