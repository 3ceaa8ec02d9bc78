import { createHash } from 'node:crypto'
import { AppError } from '../api/errors'
import { fundingSourceAllowed } from '../domain/funding'
import { maskAccount } from '../domain/masking'
import { formatFen } from '../domain/money'
import { PAYABLE_STATES } from '../domain/workflow/states'
import type { CalendarDate } from '../schemas/common'
import type { FundingSource, Payment, PaymentStage } from '../schemas/payment'
import { txCol, withoutId } from './collections'
import { nowOf } from './clock-view'
import { requireWithin } from './authorize'
import type { Deps, Registered } from './deps'
import { householdUserIds, mustGet } from './load'
import { fundsArrivedMessage, outboxRecord } from './notify'
import { seqOf } from './paging'

type Input = {
  caseId: string
  amountFen: number
  stage: PaymentStage
  fundingSource: FundingSource
  paidOn: CalendarDate
  voucherNo: string
}

/**
 * Finance records money paid into the household's one-card account. The payment, the case's running
 * total and the "funds arrived" messages are written in one transaction, so a household is never told
 * of money that was not recorded, and the same voucher can never be booked twice.
 */
export async function recordPayment(deps: Deps, caller: Registered, input: Input): Promise<Payment> {
  const before = await mustGet(deps.store, 'cases', input.caseId)
  requireWithin(caller, before.regionPath)
  const household = await mustGet(deps.store, 'households', before.householdId)
  if (!household.account) throw new AppError('NO_ACCOUNT')
  if (!fundingSourceAllowed(household, input.fundingSource)) {
    throw new AppError('BAD_INPUT', '该户已享受过上级住房补助，只能由本级财政支付', { field: 'fundingSource' })
  }
  const { at, today } = nowOf(deps)
  if (input.paidOn > today) throw new AppError('BAD_INPUT', '拨付日期不能晚于今天', { field: 'paidOn' })
  const recipients = await householdUserIds(deps.store, household._id)
  const id = paymentId(input.caseId, input.voucherNo)

  return deps.store.runTransaction(async (tx) => {
    if (await txCol(tx, 'payments').doc(id).get()) throw new AppError('DUPLICATE_PAYMENT')
    const c = await txCol(tx, 'cases').doc(input.caseId).get()
    if (!c) throw new AppError('NOT_FOUND', undefined, { caseId: input.caseId })
    if (!PAYABLE_STATES.includes(c.state)) {
      throw new AppError('INVALID_TRANSITION', '案件尚未审批通过，不能拨付', { state: c.state })
    }
    if (c.subsidyCapFen === null) throw new AppError('OVER_CAP', '该案件没有核定补助额度')
    const remaining = c.subsidyCapFen - c.paidFen
    if (input.amountFen > remaining) {
      throw new AppError('OVER_CAP', `超过剩余补助额度${formatFen(remaining)}`, { remainingFen: remaining })
    }
    const payment: Payment = {
      _id: id,
      caseId: c._id,
      caseNo: c.caseNo,
      householdId: c.householdId,
      regionPath: c.regionPath,
      region: c.region,
      amountFen: input.amountFen,
      stage: input.stage,
      fundingSource: input.fundingSource,
      payeeType: 'household',
      payeeAccountMasked: maskAccount(household.account!.accountNo),
      paidOn: input.paidOn,
      voucherNo: input.voucherNo,
      recordedBy: caller.user._id,
      createdAt: at,
      seq: seqOf(at, id),
    }
    await txCol(tx, 'payments').doc(id).set(withoutId(payment))
    await txCol(tx, 'cases')
      .doc(c._id)
      .update({ paidFen: c.paidFen + input.amountFen, updatedAt: at })
    for (const recipientId of recipients) {
      const message = outboxRecord(deps.newId(), at, fundsArrivedMessage(recipientId, payment))
      await txCol(tx, 'notifications').doc(message._id).set(withoutId(message))
    }
    return payment
  })
}

/** The same voucher on the same case is the same payment: a retried request cannot pay twice. */
function paymentId(caseId: string, voucherNo: string): string {
  return `pay_${createHash('sha256').update(`${caseId}\n${voucherNo}`).digest('base64url').slice(0, 24)}`
}
