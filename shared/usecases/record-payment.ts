import { createHash } from 'node:crypto'
import { DomainError } from '../domain/errors'
import { fundingSourceAllowed } from '../domain/funding'
import { maskAccount } from '../domain/masking'
import { normaliseVoucherNo } from '../domain/voucher'
import { formatFen } from '../domain/money'
import { PAYABLE_STATES } from '../domain/workflow/states'
import type { Application } from '../schemas/application'
import type { CalendarDate } from '../schemas/common'
import { type FundingSource, PAYMENT_STAGE_LABEL, type Payment, type PaymentStage } from '../schemas/payment'
import type { Transaction } from '../ports/document-store'
import type { Disbursement } from '../schemas/funds'
import type { BankAccount } from '../schemas/household'
import { txCol, withoutId } from './collections'
import { liveLines, sumOf } from '../domain/funds/amounts'
import { isWorksStage } from '../domain/funds/stages'
import { freshLines, lineId, linesOfCase } from './funds/case-lines'
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
 * of money that was not recorded, and the same voucher can never be booked twice in the county.
 */
export async function recordPayment(deps: Deps, caller: Registered, input: Input): Promise<Payment> {
  const before = await mustGet(deps.store, 'cases', input.caseId)
  requireWithin(caller, before.regionPath)
  const household = await mustGet(deps.store, 'households', before.householdId)
  if (!household.account) throw new DomainError('no_account')
  if (!fundingSourceAllowed(household, input.fundingSource, before.fundingSource)) {
    throw new DomainError('bad_input', '该户已享受过上级住房补助，只能由本级财政支付', { field: 'fundingSource' })
  }
  const { at, today } = nowOf(deps)
  const recipients = await householdUserIds(deps.store, household._id)
  const voucherNo = normaliseVoucherNo(input.voucherNo)
  const id = paymentId(before.region.county, voucherNo)
  const lines = await linesOfCase(deps.store, before._id)

  return deps.store.runTransaction(async (tx) => {
    if (await txCol(tx, 'payments').doc(id).get()) throw new DomainError('duplicate_payment')
    const c = await txCol(tx, 'cases').doc(input.caseId).get()
    if (!c) throw new DomainError('not_found')
    if (!PAYABLE_STATES.includes(c.state)) {
      throw new DomainError('invalid_transition', '案件尚未审批通过，不能拨付', { state: c.state })
    }
    requirePaidOnInRange(input.paidOn, c, today)
    if (c.subsidyCapFen === null) throw new DomainError('over_cap', '该案件没有核定补助额度')
    const remaining = c.subsidyCapFen - c.paidFen
    if (input.amountFen > remaining) {
      throw new DomainError('over_cap', `超过剩余补助额度${formatFen(remaining)}`, { remainingFen: remaining })
    }
    const fresh = await freshLines(tx, lines)
    requireStageOpen(c, input.stage, fresh)
    // The township pays out of what finance sent it for this household; its balance may never go below zero.
    const balance = c.allocatedFen - sumOf(liveLines(fresh))
    if (input.amountFen > balance) {
      throw new DomainError(
        'insufficient_funds',
        balance > 0
          ? `乡镇这一户的可用资金只有${formatFen(balance)}，超出部分须等财政下达资金后再拨付`
          : '财政尚未向乡镇下达这一户的资金（开工后下达启动资金，结算后下达剩余资金），暂不能拨付',
        { balanceFen: balance },
      )
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
      disbursementId: lineId(c._id, input.stage, lines.filter((l) => l.stage === input.stage).length + 1),
      paidOn: input.paidOn,
      voucherNo,
      recordedBy: caller.user._id,
      createdAt: at,
      seq: seqOf(at, id),
    }
    await txCol(tx, 'payments').doc(id).set(withoutId(payment))
    await writePaidLine(tx, payment, household.account!, at)
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

/**
 * A payment finance made outside a bank batch still goes on the case's payment lines, paid, so the books rebuilt from
 * the lines (funds.reconcile) see it; a line of that id written meanwhile refuses the second write.
 */
async function writePaidLine(tx: Transaction, p: Payment, account: BankAccount, at: string): Promise<void> {
  const id = p.disbursementId!
  const ref = txCol(tx, 'disbursements').doc(id)
  if (await ref.get()) throw new DomainError('invalid_transition', '这一户的资金刚刚有变动，请刷新后重试')
  const line: Disbursement = {
    _id: id,
    caseId: p.caseId,
    caseNo: p.caseNo,
    householdId: p.householdId,
    regionPath: p.regionPath,
    region: p.region,
    stage: p.stage,
    instalment: Number(id.slice(id.lastIndexOf('_') + 1)),
    amountFen: p.amountFen,
    fundingSource: p.fundingSource,
    payTo: 'household',
    payee: {
      type: 'household',
      name: account.holder,
      bank: account.bank,
      accountNo: account.accountNo,
      accountMasked: p.payeeAccountMasked,
    },
    status: 'paid',
    dueOn: p.paidOn,
    batchId: null,
    failReason: null,
    tries: 0,
    paidOn: p.paidOn,
    bankRef: p.voucherNo,
    cancelReason: null,
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
  }
  await ref.set(withoutId(line))
}

const OWED_LABEL = { due: '待拨付', in_batch: '在银行批次中', failed: '银行退回待重付' } as const

/**
 * A stage is paid once its milestone is reached, and only once: while a line of that stage is still owed (due, with
 * the bank, or returned by it) it is paid through the bank batch, never again by hand beside it.
 */
function requireStageOpen(c: Application, stage: PaymentStage, lines: readonly Disbursement[]): void {
  if (isWorksStage(stage) && c.milestones[stage] === null) {
    throw new DomainError('invalid_transition', `尚未到「${PAYMENT_STAGE_LABEL[stage]}」的支付节点，不能拨付这一阶段的资金`)
  }
  const owed = lines.find((l) => l.stage === stage && (l.status === 'due' || l.status === 'in_batch' || l.status === 'failed'))
  if (owed) {
    throw new DomainError(
      'invalid_transition',
      `这一户「${PAYMENT_STAGE_LABEL[stage]}」有${formatFen(owed.amountFen)}${OWED_LABEL[owed.status as keyof typeof OWED_LABEL]}，请通过银行批次支付，不能另行录入`,
      { lineId: owed._id },
    )
  }
}

/** Money is paid after the county approved the case (县级审批) and never in the future. */
function requirePaidOnInRange(paidOn: CalendarDate, c: Application, today: CalendarDate): void {
  const approvedOn = [...c.history].reverse().find((h) => h.to === 'county_approved')?.on
  if (!approvedOn || paidOn < approvedOn || paidOn > today) {
    const range = approvedOn ? `县级审批通过之日（${approvedOn}）至今天（${today}）之间` : `今天（${today}）或之前`
    throw new DomainError('bad_input', `拨付日期应在${range}`, { field: 'paidOn' })
  }
}

/**
 * A voucher is booked once in the whole county, so the id is derived from the county and the normalised
 * voucher: the duplicate check inside the transaction then covers every case, and a retry cannot pay twice.
 */
function paymentId(county: string, voucherNo: string): string {
  return `pay_${createHash('sha256').update(`${county}\n${voucherNo}`).digest('base64url').slice(0, 24)}`
}
