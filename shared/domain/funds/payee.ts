import type { Application } from '../../schemas/application'
import type { Disbursement, Payee } from '../../schemas/funds'
import type { Household } from '../../schemas/household'
import { maskAccount } from '../masking'

const payee = (type: Payee['type'], name: string, bank: string, accountNo: string): Payee => ({
  type,
  name,
  bank,
  accountNo,
  accountMasked: maskAccount(accountNo),
})

/**
 * The account a line pays into, from the records that hold it: the household's one card, or the builder or landlord
 * on the case. Null while that payee has no account on record — the line then waits, due, until one is recorded.
 */
export function payeeOf(
  payTo: Disbursement['payTo'],
  household: Pick<Household, 'account'> | null | undefined,
  c: Pick<Application, 'builderPayee' | 'rental'> | null | undefined,
): Payee | null {
  if (payTo === 'household') {
    const a = household?.account
    return a ? payee('household', a.holder, a.bank, a.accountNo) : null
  }
  if (payTo === 'builder') {
    const b = c?.builderPayee
    return b ? payee('builder', b.name, b.bank, b.accountNo) : null
  }
  const r = c?.rental
  return r ? payee('landlord', r.landlordName, r.bank, r.accountNo) : null
}
