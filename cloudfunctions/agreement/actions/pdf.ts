import { api } from '@shared/api'
import { agreementPdf } from '@shared/usecases/agreement/agreement-pdf'
import { implement } from '../../_lib/runtime/router'

export const pdf = implement(api.agreement.pdf, async (input, { deps, caller }) => {
  // Loaded on the first PDF asked for: the font engine is most of the bundle, and reading an agreement never needs it.
  const { pdfkitAgreementRenderer } = await import('../../_lib/adapters/pdf/pdfkit-agreement')
  return agreementPdf(deps, caller, input, pdfkitAgreementRenderer)
})
