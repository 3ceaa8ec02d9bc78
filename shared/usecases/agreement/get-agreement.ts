import { nowOf } from '../clock-view'
import { caseProfile } from '../case-profile'
import type { AgreementView } from '../../api/agreement.api'
import type { AgreementReader } from '../../domain/agreement/parties'
import type { AgreementDocument } from '../../schemas/agreement'
import type { Application } from '../../schemas/application'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { agreementOf, partyNames, partyStatuses, readAgreementCase } from './load-agreement'

/** The view of an agreement for one reader: the document, its hash, and where each party stands. */
export async function agreementView(
  deps: Deps,
  c: Application,
  reader: AgreementReader,
  agreement: { document: AgreementDocument; hash: string },
): Promise<AgreementView> {
  const parties = await partyStatuses(deps.store, c, agreement.document, agreement.hash)
  const mine = reader.party ? parties.find((p) => p.party === reader.party) : undefined
  return {
    caseId: c._id,
    caseNo: c.caseNo,
    state: c.state,
    document: agreement.document,
    documentHash: agreement.hash,
    parties,
    yourParty: reader.party,
    canConfirm: c.state === 'plan_chosen' && mine !== undefined && !mine.confirmed,
    signed: c.state !== 'plan_chosen',
  }
}

export async function getAgreement(deps: Deps, caller: Registered, input: { caseId: string }): Promise<AgreementView> {
  const { c, reader } = await readAgreementCase(deps, caller, input.caseId)
  const household = await mustGet(deps.store, 'households', c.householdId)
  const agreement = agreementOf(await caseProfile(deps, c, nowOf(deps).today), c, household, await partyNames(deps.store, c))
  return agreementView(deps, c, reader, agreement)
}
