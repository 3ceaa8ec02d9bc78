import { nowOf } from '../clock-view'
import { caseProfile } from '../case-profile'
import type { AgreementPdfRenderer } from '../../ports/agreement-pdf'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { agreementOf, partyNames, partyStatuses, readAgreementCase } from './load-agreement'

export type AgreementPdf = { fileName: string; contentType: 'application/pdf'; base64: string; documentHash: string }

/**
 * The agreement as a PDF for the same readers as the page. Answered inline (base64) rather than stored: a copy of a
 * legal document with the household's details is made only when a party asks for it and kept only on their device.
 */
export async function agreementPdf(
  deps: Deps,
  caller: Registered,
  input: { caseId: string },
  renderer: AgreementPdfRenderer,
): Promise<AgreementPdf> {
  const { c } = await readAgreementCase(deps, caller, input.caseId)
  const household = await mustGet(deps.store, 'households', c.householdId)
  const { document, hash } = agreementOf(
    await caseProfile(deps, c, nowOf(deps).today),
    c,
    household,
    await partyNames(deps.store, c),
  )
  const parties = await partyStatuses(deps.store, c, document, hash)
  const bytes = await renderer.render({
    document,
    documentHash: hash,
    confirmations: parties.map(({ party, confirmed, byName, on }) => ({ party, confirmed, byName, on })),
  })
  return {
    fileName: `agreement-${c.caseNo}.pdf`,
    contentType: 'application/pdf',
    base64: Buffer.from(bytes).toString('base64'),
    documentHash: hash,
  }
}
