import { DomainError } from '../domain/errors'
import type { Payment } from '../schemas/payment'
import { col } from './collections'
import type { Deps, Registered } from './deps'
import { type Page, type PageRequest, pageBySeq } from './paging'

export function myPayments(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<Payment>> {
  const householdId = caller.user.householdId
  if (!householdId) throw new DomainError('forbidden', '您的账号尚未关联农户')
  return pageBySeq(col(deps.store, 'payments'), { householdId }, page, 'desc')
}
