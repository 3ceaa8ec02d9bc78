import * as z from 'zod'
import { CalendarDate, Id, Instant, RegionPath, RegionRef, Seq } from './common'

/** Where a problem on the ledger (工作台账) was found. */
export const LedgerSource = z.enum(['inspection', 'hazard_report', 'appraisal'])
export type LedgerSource = z.infer<typeof LedgerSource>

/** `hazard`: a problem to solve; `monitoring`: a B-grade house kept under dynamic monitoring (动态监测). */
export const LedgerKind = z.enum(['hazard', 'monitoring'])
export type LedgerKind = z.infer<typeof LedgerKind>

/** open → closing (one official recorded the fix) → closed (a second official confirmed: 销号); reopening goes back to open. */
export const LedgerState = z.enum(['open', 'closing', 'closed'])
export type LedgerState = z.infer<typeof LedgerState>

export const LEDGER_STATE_LABEL: Record<LedgerState, string> = {
  open: '待整改',
  closing: '已整改，待复核销号',
  closed: '已销号',
}

export const LedgerClosure = z.object({
  measure: z.string().min(1).max(500),
  photoIds: z.array(Id).min(1).max(9),
  byId: Id,
  byName: z.string(),
  on: CalendarDate,
})
export type LedgerClosure = z.infer<typeof LedgerClosure>

export const LedgerSignOff = z.object({ byId: Id, byName: z.string(), on: CalendarDate })

export const LedgerReopening = z.object({ byId: Id, byName: z.string(), on: CalendarDate, reason: z.string().min(1).max(500) })

/** One problem on the ledger: closed only when solved (解决一户，销号一户), with evidence and a second official's confirmation. */
export const LedgerEntry = z.object({
  _id: Id,
  regionPath: RegionPath,
  region: RegionRef,
  villageName: z.string(),
  houseId: Id.nullable(),
  householdId: Id.nullable(),
  source: z.object({ kind: LedgerSource, id: Id }),
  kind: LedgerKind,
  problem: z.string().min(1).max(500),
  /** The official who must see it solved. */
  ownerId: Id,
  ownerName: z.string(),
  deadline: CalendarDate,
  state: LedgerState,
  closure: LedgerClosure.nullable(),
  confirmation: LedgerSignOff.nullable(),
  reopenings: z.array(LedgerReopening),
  /** Where the problem is, when the source knew it (a field photo's place, a report's device location): the map's pin. */
  location: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .nullable()
    .default(null),
  /** The application started from this entry (ledger.startApplication), once there is one. */
  caseId: Id.nullable().default(null),
  openedOn: CalendarDate,
  createdAt: Instant,
  updatedAt: Instant,
  seq: Seq,
})
export type LedgerEntry = z.infer<typeof LedgerEntry>
