import * as z from 'zod'
import { AgreementDocument } from '../schemas/agreement'
import { AgreementParty, CaseState } from '../schemas/application'
import { CalendarDate, Id } from '../schemas/common'
import { action } from './contract'

const DocumentHash = z.string().regex(/^[0-9a-f]{64}$/, '协议校验值无效，请重新打开协议')

export const AgreementPartyStatus = z.object({
  party: AgreementParty,
  /** 甲方 / 乙方 / 丙方 */
  label: z.string(),
  name: z.string(),
  confirmed: z.boolean(),
  /** Who confirmed for the party, when the record of this text names them. */
  byName: z.string().nullable(),
  on: CalendarDate.nullable(),
})
export type AgreementPartyStatus = z.infer<typeof AgreementPartyStatus>

export const AgreementView = z.object({
  caseId: Id,
  caseNo: z.string(),
  state: CaseState,
  document: AgreementDocument,
  /** SHA-256 of the document's canonical text; a confirmation names it, so it refers to exactly this text. */
  documentHash: z.string(),
  parties: z.array(AgreementPartyStatus),
  /** The party the caller confirms for; null for the county, which reads and keeps a copy but signs nothing. */
  yourParty: AgreementParty.nullable(),
  canConfirm: z.boolean(),
  signed: z.boolean(),
})
export type AgreementView = z.infer<typeof AgreementView>

const Party = ['farmer', 'village', 'township'] as const

export const agreementApi = {
  get: action({
    fn: 'agreement',
    action: 'get',
    summary:
      'The tripartite agreement (三方协议) of a case’s chosen plan, as a document of sections, with each party’s confirmation. ' +
      'Only the three parties (the household, the officials of its village and of its township) and the county may read it.',
    audience: [...Party, 'county'],
    effect: 'read',
    input: z.object({ caseId: Id }).strict(),
    output: AgreementView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  confirm: action({
    fn: 'agreement',
    action: 'confirm',
    summary:
      'The caller confirms the agreement for their party (甲方 township, 乙方 village, 丙方 household), naming the hash of the ' +
      'text they read; a repeat changes nothing. The third confirmation signs it: the case moves to agreement_signed.',
    audience: Party,
    effect: 'write',
    input: z.object({ caseId: Id, documentHash: DocumentHash }).strict(),
    output: AgreementView,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION', 'AGREEMENT_CHANGED'],
  }),
  pdf: action({
    fn: 'agreement',
    action: 'pdf',
    summary:
      'The agreement as a PDF (A4, CJK font embedded as a subset), base64-encoded, for the parties and the county to save or print.',
    audience: [...Party, 'county'],
    effect: 'read',
    input: z.object({ caseId: Id }).strict(),
    output: z.object({
      fileName: z.string(),
      contentType: z.literal('application/pdf'),
      base64: z.string(),
      documentHash: z.string(),
    }),
    errors: ['FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
} as const
