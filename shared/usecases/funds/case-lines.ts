import { DomainError } from '../../domain/errors'
import { linesDue } from '../../domain/funds/lines-due'
import { payeeOf } from '../../domain/funds/payee'
import type { PolicyProfile } from '../../domain/policy-profile'
import { cmp, type DocumentStore, type Transaction } from '../../ports/document-store'
import type { Application } from '../../schemas/application'
import type { Disbursement, Payee } from '../../schemas/funds'
import type { PaymentStage } from '../../schemas/payment'
import { col, txCol, withoutId } from '../collections'
import { seqOf } from '../paging'

/** A line's id is its idempotency key: one per case, stage and instalment, so the same payment is never made twice. */
export const lineId = (caseId: string, stage: PaymentStage, instalment: number) => `dl_${caseId}_${stage}_${instalment}`

/** A case has a handful of lines (four stages, a top-up or a rental schedule); 200 is far above any. */
export async function linesOfCase(store: DocumentStore, caseId: string): Promise<Disbursement[]> {
  return col(store, 'disbursements').where({ caseId }).orderBy('seq', 'asc').limit(200).get()
}

/** The case's lines as they stand inside the transaction (read before it, by query; re-read here by id). */
export async function freshLines(tx: Transaction, lines: readonly Disbursement[]): Promise<Disbursement[]> {
  const fresh = await Promise.all(lines.map((l) => txCol(tx, 'disbursements').doc(l._id).get()))
  return fresh.filter((l): l is Disbursement => l !== null)
}

/** A line's payee can still change while it waits: once with the bank, it is paid into the account it went with. */
const waiting = (l: Disbursement) => l.status === 'due' || l.status === 'failed'

/** The household's lines that still wait for money, read before a transaction that changes its one-card account. */
export async function waitingLinesOfHousehold(store: DocumentStore, householdId: string): Promise<Disbursement[]> {
  return col(store, 'disbursements')
    .where({ householdId, payTo: 'household', status: cmp.in(['due', 'failed']) })
    .limit(200)
    .get()
}

/**
 * Points the lines that still wait at the payee now on record, inside the transaction that records it, so a batch
 * built afterwards pays the new account and one built before keeps the account it was approved with.
 */
export async function repointWaitingLines(
  tx: Transaction,
  lines: readonly Disbursement[],
  payTo: Disbursement['payTo'],
  payee: Payee | null,
  at: string,
): Promise<void> {
  for (const line of await freshLines(tx, lines)) {
    if (line.payTo !== payTo || !waiting(line)) continue
    await txCol(tx, 'disbursements').doc(line._id).update({ payee, updatedAt: at })
  }
}

/**
 * Writes the payments that fall due for the case as it is after this transaction's change. Ids are counted on from
 * the lines read before the transaction; a line another call added meanwhile has the same id, so the second write is
 * refused instead of paying a stage twice.
 */
export async function addLinesDue(
  tx: Transaction,
  c: Application,
  profile: PolicyProfile,
  lines: readonly Disbursement[],
  at: string,
): Promise<Disbursement[]> {
  const added: Disbursement[] = []
  const dues = linesDue(c, profile, lines)
  if (dues.length === 0) return added
  const payTo = c.plan?.payTo ?? 'household'
  const household = payTo === 'household' ? await txCol(tx, 'households').doc(c.householdId).get() : null
  const payee = payeeOf(payTo, household, c)
  for (const due of dues) {
    const id = lineId(c._id, due.stage, due.instalment)
    const ref = txCol(tx, 'disbursements').doc(id)
    if (await ref.get()) throw new DomainError('invalid_transition', '这一户的资金刚刚有变动，请刷新后重试')
    const line: Disbursement = {
      _id: id,
      caseId: c._id,
      caseNo: c.caseNo,
      householdId: c.householdId,
      regionPath: c.regionPath,
      region: c.region,
      stage: due.stage,
      instalment: due.instalment,
      amountFen: due.amountFen,
      fundingSource: c.fundingSource ?? 'higher_level',
      payTo,
      payee,
      status: 'due',
      dueOn: due.dueOn,
      batchId: null,
      failReason: null,
      tries: 0,
      paidOn: null,
      bankRef: null,
      cancelReason: null,
      createdAt: at,
      updatedAt: at,
      seq: seqOf(at, id),
    }
    await ref.set(withoutId(line))
    added.push(line)
  }
  return added
}
