import * as z from 'zod'
import { CalendarDate, Id, Instant, RegionPath, RegionRef, Seq } from './common'
import { Grade } from './house'

/** Why a house is on a campaign's list: the seeds name these three (target groups, the ledger, B-grade monitoring). */
export const ScopeReason = z.enum(['target_group', 'ledger', 'b_grade'])
export type ScopeReason = z.infer<typeof ScopeReason>

export const SCOPE_REASON_LABEL: Record<ScopeReason, string> = {
  target_group: '重点对象户',
  ledger: '台账在册',
  b_grade: 'B级动态监测',
}

/** One village of a campaign: how many houses it must inspect and how many are done. */
export const CampaignVillage = z.object({
  path: RegionPath,
  name: z.string(),
  township: RegionPath,
  townshipName: z.string(),
  inScope: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
})
export type CampaignVillage = z.infer<typeof CampaignVillage>

/** A county's full inspection (全面排查), twice a year, with the deadline it must be done by. */
export const Campaign = z.object({
  _id: Id,
  name: z.string().min(1).max(100),
  regionPath: RegionPath,
  region: z.object({ county: RegionPath }),
  deadline: CalendarDate,
  openedOn: CalendarDate,
  openedById: Id,
  openedByName: z.string(),
  villages: z.array(CampaignVillage),
  createdAt: Instant,
  seq: Seq,
})
export type Campaign = z.infer<typeof Campaign>

/** A photo taken in the field: where and when, as the phone knew it (the place only when the person allowed it). */
export const FieldPhoto = z.object({
  id: Id,
  takenAt: Instant,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
})
export type FieldPhoto = z.infer<typeof FieldPhoto>

export const InspectionResult = z.object({
  condition: z.string().min(1).max(500),
  grade: Grade,
  problem: z.string().max(500).nullable(),
  notes: z.string().max(500),
  photos: z.array(FieldPhoto).max(9),
  byId: Id,
  byName: z.string(),
  on: CalendarDate,
  at: Instant,
})
export type InspectionResult = z.infer<typeof InspectionResult>

/**
 * One house of one campaign: written as `todo` when the campaign opens (the scope), `done` once a village
 * official recorded it. A house inspected outside the scope gets a record too, with `inScope: false`.
 */
export const Inspection = z.object({
  _id: Id,
  campaignId: Id,
  houseId: Id,
  householdId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  villageName: z.string(),
  address: z.string(),
  headName: z.string(),
  reasons: z.array(ScopeReason),
  inScope: z.boolean(),
  state: z.enum(['todo', 'done']),
  result: InspectionResult.nullable(),
  ledgerEntryId: Id.nullable(),
  seq: Seq,
})
export type Inspection = z.infer<typeof Inspection>
