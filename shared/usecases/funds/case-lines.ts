import { DomainError } from '../../domain/errors'
import { linesDue } from '../../domain/funds/lines-due'
import type { PolicyProfile } from '../../domain/policy-profile'
import type { DocumentStore, Transaction } from '../../ports/document-store'
import type { Application } from '../../schemas/application'
import type { Disbursement } from '../../schemas/funds'
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
  for (const due of linesDue(c, profile, lines)) {
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
      payTo: c.plan?.payTo ?? 'household',
      payee: null,
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
