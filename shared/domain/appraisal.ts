import type { Application, CaseState } from '../schemas/application'
import { EXEMPTION_REASON_LABEL, type ExemptionReason } from '../schemas/appraisal'
import type { Grade } from '../schemas/house'
import type { WorkflowTable } from './workflow/table'

/** 房屋危险性等级, in the words of the appraisal standard. */
export const GRADE_LABEL: Record<Grade, string> = {
  A: 'A级（安全）',
  B: 'B级（基本安全）',
  C: 'C级（局部危险）',
  D: 'D级（整体危险）',
}

/** What each grade means for the household, one line each. */
export const GRADE_HINT: Record<Grade, string> = {
  A: '结构能满足安全使用要求；不属于危房改造范围',
  B: '个别构件不满足要求但不影响整体安全；纳入动态监测',
  C: '部分承重结构不满足要求，局部危险；可加固改造',
  D: '承重结构整体不满足要求，整体危险；应拆除重建',
}

/** A or B: the house is safe enough (A 安全, B 基本安全); the case ends as not eligible. */
export function gradeIsSafe(grade: Grade): boolean {
  return grade === 'A' || grade === 'B'
}

/** B-grade houses stay on the ledger under dynamic monitoring (动态监测). */
export function gradeNeedsMonitoring(grade: Grade): boolean {
  return grade === 'B'
}

/** The states before county approval: an appraisal still decides whether the case goes on. */
export const BEFORE_COUNTY_APPROVAL: readonly CaseState[] = [
  'submitted',
  'returned',
  'returned_by_township',
  'returned_by_county',
  'village_approved',
  'township_approved',
]

/** What an appraisal (or an exemption) does to the household's case. */
export type CaseOutcome =
  /** The case is county-approved or further, or closed: the house record alone takes the grade. */
  | { kind: 'untouched' }
  /** The case takes the grade and goes on (C/D; or A/B on a table without `found_safe`, for the county to decide). */
  | { kind: 'graded' }
  /** The case ends as not eligible through `found_safe`. */
  | { kind: 'found_safe' }

/**
 * `grade` null is an exemption: proof of safety without a grade. The case must be the one of this house and
 * not yet county-approved; its own table decides whether it can end by `found_safe`.
 */
export function caseOutcome(
  c: Pick<Application, 'state' | 'houseId'>,
  houseId: string,
  table: WorkflowTable,
  grade: Grade | null,
): CaseOutcome {
  if (c.houseId !== houseId || !BEFORE_COUNTY_APPROVAL.includes(c.state)) return { kind: 'untouched' }
  const safe = grade === null || gradeIsSafe(grade)
  if (safe && table.states[c.state]?.on.found_safe) return { kind: 'found_safe' }
  return grade === null ? { kind: 'untouched' } : { kind: 'graded' }
}

/** The reason the case ends with, on its timeline and in the household's message. */
export function foundSafeReason(outcome: { grade: Grade; on: string } | { exemption: ExemptionReason; on: string }): string {
  if ('grade' in outcome) return `${outcome.on}经房屋危险性等级鉴定为${GRADE_LABEL[outcome.grade]}，不属于危房改造保障范围`
  return `${outcome.on}经乡镇认可验收材料（${EXEMPTION_REASON_LABEL[outcome.exemption]}），住房安全，免于鉴定，不属于危房改造保障范围`
}

/** An order is overdue from the day after its due date. */
export function appraisalOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today
}

/** The twice-yearly full inspections end by 30 April and 31 October: a monitored house is next seen by then. */
export function nextInspectionDeadline(today: string): string {
  const year = Number(today.slice(0, 4))
  const candidates = [`${year}-04-30`, `${year}-10-31`, `${year + 1}-04-30`]
  return candidates.find((d) => d >= today)!
}
