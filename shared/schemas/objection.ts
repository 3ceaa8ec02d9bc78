import * as z from 'zod'
import { CalendarDate, Id, Instant, Phone, RegionPath, RegionRef, Seq } from './common'
import { ObjectionState, UpheldOutcome } from './objection-state'
import { PublicityStage } from './publicity'

export * from './objection-state'

export const ObjectionResolution = z.object({
  /** Set when upheld: what happened to the case. */
  outcome: UpheldOutcome.nullable(),
  /** The township's written reason, shown to the objector. */
  text: z.string().min(1).max(500),
  byId: Id,
  byName: z.string(),
  on: CalendarDate,
  at: Instant,
})
export type ObjectionResolution = z.infer<typeof ObjectionResolution>

/**
 * An objection (异议) raised against one publicity notice during its window. `objectorId` is the caller's
 * user id, or the OPENID of a WeChat user / visitor without a record: it never leaves the server in a public
 * answer, and the township sees it (with the name and phone) only when the objection is not anonymous.
 */
export const Objection = z.object({
  _id: Id,
  noticeId: Id,
  caseId: Id,
  stage: PublicityStage,
  regionPath: RegionPath,
  region: RegionRef,
  villageName: z.string(),
  /** The masked name of the notice, so the objector's list says what they objected to without reading the case. */
  maskedName: z.string(),
  reason: z.string().min(1).max(500),
  photoIds: z.array(Id).max(6),
  anonymous: z.boolean(),
  objectorId: Id,
  /** From the caller's user record; null when anonymous or without a record. */
  objectorName: z.string().nullable(),
  /** A phone the objector left to be called back on; only when not anonymous. */
  contactPhone: Phone.nullable(),
  state: ObjectionState,
  raisedOn: CalendarDate,
  /** The notice's window: the township sees how long the case's publicity still runs. */
  opensOn: CalendarDate,
  closesOn: CalendarDate,
  resolution: ObjectionResolution.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type Objection = z.infer<typeof Objection>
