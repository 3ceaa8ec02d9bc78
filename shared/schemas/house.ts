import * as z from 'zod'
import { CalendarDate, Id, RegionPath, RegionRef } from './common'

export const Grade = z.enum(['A', 'B', 'C', 'D'])
export type Grade = z.infer<typeof Grade>

export const GradeRecord = z.object({
  grade: Grade,
  on: CalendarDate,
  by: z.string().min(1).max(60),
  reportFileId: z.string().optional(),
})

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
})
export type House = z.infer<typeof House>
