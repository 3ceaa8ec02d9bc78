import type { AgreementDocument } from '../schemas/agreement'
import type { AgreementParty } from '../schemas/application'

/** A party's confirmation as the printed agreement shows it under that party's name. */
export type PrintedConfirmation = { party: AgreementParty; confirmed: boolean; byName: string | null; on: string | null }

export type AgreementPdfInput = {
  document: AgreementDocument
  /** Printed on every page, so a paper copy names the exact text the parties confirmed. */
  documentHash: string
  confirmations: readonly PrintedConfirmation[]
}

/**
 * Turns the agreement's document model into PDF bytes with a CJK font embedded. The use case knows only this;
 * the pdfkit adapter (cloudfunctions/_lib/adapters/pdf/) is one implementation and can be swapped for another.
 */
export interface AgreementPdfRenderer {
  render(input: AgreementPdfInput): Promise<Uint8Array>
}
