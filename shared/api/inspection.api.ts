import * as z from 'zod'
import { CalendarDate, Id, Instant, PageInput, pageOf } from '../schemas/common'
import { Grade, House } from '../schemas/house'
import { Campaign, CampaignVillage, Inspection } from '../schemas/inspection'
import { LedgerEntry } from '../schemas/ledger'
import { FreeText } from '../schemas/text'
import { action } from './contract'

const Tally = { inScope: z.number().int().nonnegative(), done: z.number().int().nonnegative(), overdue: z.boolean() }

export const CampaignSummary = Campaign.extend(Tally)
export type CampaignSummary = z.infer<typeof CampaignSummary>

/** A photo of the field form: the caller's upload, with where and when it was taken. */
export const FieldPhotoInput = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '照片无效，请重新上传'),
    takenAt: Instant,
    latitude: z.number().min(-90).max(90).nullable().default(null),
    longitude: z.number().min(-180).max(180).nullable().default(null),
  })
  .strict()

export const RecordInspectionInput = z
  .object({
    campaignId: Id,
    houseId: Id,
    condition: FreeText({ min: 2, max: 500, label: '房屋现状', multiline: true }),
    grade: Grade,
    /** What must be fixed; empty when nothing was found (a C/D or B grade still goes on the ledger). */
    problem: FreeText({ min: 0, max: 500, label: '发现的问题', multiline: true }).default(''),
    notes: FreeText({ min: 0, max: 500, label: '备注', multiline: true }).default(''),
    photos: z.array(FieldPhotoInput).max(9, '最多9张照片').default([]),
  })
  .strict()
export type RecordInspectionInput = z.input<typeof RecordInspectionInput>

export const HouseRecordView = z.object({
  house: House,
  headName: z.string(),
  villageName: z.string(),
  inspections: z.array(Inspection),
  ledger: z.array(LedgerEntry.extend({ overdue: z.boolean() })),
  /** Filled once the public channel (hazard.*) stores reports with a houseId; never who reported. */
  hazardReports: z.array(
    z.object({
      _id: z.string(),
      status: z.string().optional(),
      category: z.string().optional(),
      createdAt: z.string().optional(),
    }),
  ),
})
export type HouseRecordView = z.infer<typeof HouseRecordView>

export const inspectionApi = {
  openCampaign: action({
    fn: 'inspection',
    action: 'openCampaign',
    summary:
      "Opens the county's full inspection (全面排查) with a deadline (default: the profile's next of 30 April / 31 October); each village's list is the target-group households, the houses on the ledger and the B-grade houses.",
    audience: ['county'],
    effect: 'write',
    input: z
      .object({
        name: FreeText({ min: 2, max: 100, label: '排查名称' }).optional(),
        deadline: CalendarDate.optional(),
      })
      .strict(),
    output: Campaign,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'INVALID_TRANSITION'],
  }),
  campaigns: action({
    fn: 'inspection',
    action: 'campaigns',
    summary: "The campaigns of the caller's county, newest first, counted over the caller's villages, overdue flagged.",
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(CampaignSummary),
    errors: ['FORBIDDEN'],
  }),
  progress: action({
    fn: 'inspection',
    action: 'progress',
    summary: 'Done / in scope of a campaign per village and township of the caller’s jurisdiction; late ones flagged.',
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: z.object({ campaignId: Id }).strict(),
    output: z.object({
      campaign: CampaignSummary,
      townships: z.array(
        z.object({ path: z.string(), name: z.string(), inScope: z.number(), done: z.number(), overdue: z.boolean() }),
      ),
      villages: z.array(CampaignVillage.extend({ overdue: z.boolean() })),
    }),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  todo: action({
    fn: 'inspection',
    action: 'todo',
    summary: "The houses of the village official's village still to inspect in a campaign, in address order.",
    audience: ['village'],
    effect: 'read',
    input: PageInput.extend({ campaignId: Id }).strict(),
    output: pageOf(Inspection),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  record: action({
    fn: 'inspection',
    action: 'record',
    summary:
      "Records one house's inspection in the field (condition, grade, photos with place and time, notes); a problem, or a C/D/B grade, opens a ledger entry; the line goes into the house's whole-life record.",
    audience: ['village'],
    effect: 'write',
    input: RecordInspectionInput,
    output: Inspection,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
  houseRecord: action({
    fn: 'inspection',
    action: 'houseRecord',
    summary: "A house's whole-life record: grades, inspections, ledger entries and hazard reports.",
    audience: ['village', 'township', 'county'],
    effect: 'read',
    input: z.object({ houseId: Id }).strict(),
    output: HouseRecordView,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
} as const
