import type { AgreementView } from '../../api/agreement.api'
import { AGREEMENT_PARTIES } from '../../domain/agreement/document'
import { DomainError } from '../../domain/errors'
import type { Transaction } from '../../ports/document-store'
import { AgreementConfirmation } from '../../schemas/agreement'
import type { AgreementParty, Application } from '../../schemas/application'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { prepareMove, moveCaseInTx } from '../move-case'
import { mustGet } from '../load'
import { seqOf } from '../paging'
import { agreementView } from './get-agreement'
import { agreementOf, confirmationId, partyNames, readAgreementCase } from './load-agreement'

type Input = { caseId: string; documentHash: string }

const changed = () => new DomainError('agreement_changed', '协议内容已经变更，请重新阅读协议后再确认', { reread: true })

/**
 * 三方在系统中确认协议 (the farmer on the phone): the caller confirms for their party the text whose hash they name.
 * The case counts a party only with a record of the current text, so a confirmation of an earlier plan's text never
 * counts for a later one. The third party's confirmation signs the agreement: the case moves to agreement_signed
 * by `sign_agreement` in the same transaction. A repeat by a party that has confirmed this text changes nothing.
 */
export async function confirmAgreement(deps: Deps, caller: Registered, input: Input): Promise<AgreementView> {
  const { c: read, reader } = await readAgreementCase(deps, caller, input.caseId)
  const party = reader.party
  // The router lets only the three parties' roles in; the county reads the agreement but has no party to confirm for.
  if (!party) throw new DomainError('forbidden')
  const prepared = await prepareMove(deps, caller, input.caseId)
  const names = await partyNames(deps.store, read)
  const { at, today } = nowOf(deps)

  const after = await deps.store.runTransaction(async (tx) => {
    const c = await txCol(tx, 'cases').doc(input.caseId).get()
    const household = c ? await txCol(tx, 'households').doc(c.householdId).get() : null
    if (!c || !household) throw new DomainError('not_found')
    // Built again inside the transaction from what it reads, so the hash compared is that of the text being signed.
    const { hash } = agreementOf(prepared.profile, c, household, names)
    if (hash !== input.documentHash) throw changed()
    const counted = await confirmedOfText(tx, c, hash)
    if (counted.includes(party)) return c
    if (c.state !== 'plan_chosen') throw new DomainError('invalid_transition', '协议已不能再确认', { state: c.state })

    const confirmedBy = AGREEMENT_PARTIES.filter((p) => p === party || counted.includes(p))
    const record = AgreementConfirmation.parse({
      _id: confirmationId(c._id, party, hash),
      caseId: c._id,
      caseNo: c.caseNo,
      householdId: c.householdId,
      regionPath: c.regionPath,
      region: c.region,
      party,
      userId: caller.user._id,
      userName: caller.user.name,
      role: caller.user.role,
      documentHash: hash,
      at,
      on: today,
      seq: seqOf(at, confirmationId(c._id, party, hash)),
    })
    const writeRecord = async (t: Transaction) => {
      await txCol(t, 'agreements').doc(record._id).set(withoutId(record))
    }
    if (confirmedBy.length === AGREEMENT_PARTIES.length) {
      return moveCaseInTx(tx, deps, caller, prepared, {
        caseId: c._id,
        event: 'sign_agreement',
        comment: '',
        patch: () => ({ agreementConfirmedBy: confirmedBy }),
        alsoWrite: writeRecord,
      })
    }
    await txCol(tx, 'cases').doc(c._id).update({ agreementConfirmedBy: confirmedBy, updatedAt: at })
    await writeRecord(tx)
    return { ...c, agreementConfirmedBy: confirmedBy, updatedAt: at }
  })

  const household = await mustGet(deps.store, 'households', after.householdId)
  return agreementView(deps, after, reader, agreementOf(prepared.profile, after, household, names))
}

/** The parties the case counts that have a record of this very text (transactions read by id, so by the record's id). */
async function confirmedOfText(tx: Transaction, c: Application, hash: string): Promise<AgreementParty[]> {
  const counted: AgreementParty[] = []
  for (const p of c.agreementConfirmedBy) {
    if (
      await txCol(tx, 'agreements')
        .doc(confirmationId(c._id, p, hash))
        .get()
    )
      counted.push(p)
  }
  return counted
}
