import * as z from 'zod'
import { AgreementParty } from './application'
import { CalendarDate, Id, Instant, RegionPath, RegionRef, Seq } from './common'
import { Role } from './user'

/**
 * The tripartite agreement (三方协议) as a document: titled sections of lines. One model feeds the readable page
 * and the PDF, and its hash is what each party's confirmation refers to, so all three confirm the same text.
 */
export const AgreementLine = z.object({
  /** A field's name ("补助金额"), or null for a clause that is a sentence of its own. */
  label: z.string().nullable(),
  text: z.string(),
})
export type AgreementLine = z.infer<typeof AgreementLine>

export const AgreementSection = z.object({
  heading: z.string(),
  lines: z.array(AgreementLine),
})
export type AgreementSection = z.infer<typeof AgreementSection>

/** 甲方 township, 乙方 village, 丙方 household: how each is named in the document. */
export const AgreementPartyLine = z.object({
  party: AgreementParty,
  /** 甲方 / 乙方 / 丙方 */
  label: z.string(),
  name: z.string(),
})
export type AgreementPartyLine = z.infer<typeof AgreementPartyLine>

export const AgreementDocument = z.object({
  title: z.string(),
  caseNo: z.string(),
  parties: z.array(AgreementPartyLine),
  sections: z.array(AgreementSection),
})
export type AgreementDocument = z.infer<typeof AgreementDocument>

/** One party's confirmation of one text of the agreement: who, when, and the hash of exactly what they read. */
export const AgreementConfirmation = z.object({
  _id: Id,
  caseId: Id,
  caseNo: z.string(),
  householdId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  party: AgreementParty,
  userId: Id,
  userName: z.string(),
  role: Role,
  /** SHA-256 (hex) of the document's canonical JSON. */
  documentHash: z.string().regex(/^[0-9a-f]{64}$/),
  at: Instant,
  on: CalendarDate,
  seq: Seq,
})
export type AgreementConfirmation = z.infer<typeof AgreementConfirmation>
