import * as z from 'zod'
import { CalendarDate, Id, RegionPath, RegionRef } from './common'

export const Grade = z.enum(['A', 'B', 'C', 'D'])
export type Grade = z.infer<typeof Grade>

export const GradeRecord = z.object({
  grade: Grade,
  on: CalendarDate,
  by: z.string().min(1).max(60),
  reportFileId: z.string().optional(),
  /** The appraisal record it came from (photos, report, who ordered it); absent on grades entered before them. */
  appraisalId: Id.optional(),
})

/** 免鉴定: households relocated into flats, or whose house was renovated since 2018, prove safety with acceptance papers. */
export const ExemptionReason = z.enum(['relocated_flat', 'renovated_since_2018'])
export type ExemptionReason = z.infer<typeof ExemptionReason>

/** 免鉴定: acceptance papers (relocated into a flat, renovated since 2018) that the township accepted as proof of safety. */
export const SafetyProof = z.object({
  reason: ExemptionReason,
  on: CalendarDate,
  by: z.string().min(1).max(60),
  appraisalId: Id,
})
export type SafetyProof = z.infer<typeof SafetyProof>

export const InspectionRecord = z.object({
  on: CalendarDate,
  by: z.string().min(1).max(60),
  finding: z.string().max(500),
  /** The campaign inspection this line came from, and the grade observed (absent on older records). */
  inspectionId: Id.optional(),
  grade: Grade.optional(),
})

export const RenovationRecord = z.object({
  caseId: Id,
  mode: z.string(),
  completedOn: CalendarDate.optional(),
})

/** The house (农房) outlives any one case: its whole-life safety record across years. */
export const House = z.object({
  _id: Id,
  householdId: Id,
  regionPath: RegionPath,
  region: RegionRef,
  address: z.string().min(1).max(200),
  structure: z.enum(['brick', 'adobe', 'stone', 'wood', 'concrete', 'other']),
  builtYear: z.number().int().min(1900).max(2100).optional(),
  floorAreaM2: z.number().positive().max(2000),
  grades: z.array(GradeRecord),
  inspections: z.array(InspectionRecord),
  renovations: z.array(RenovationRecord),
  safetyProofs: z.array(SafetyProof).default([]),
  /** The appraisal ordered and not yet recorded or exempted; one at a time, claimed in the ordering transaction. */
  openAppraisalId: Id.nullable().default(null),
})
export type House = z.infer<typeof House>
