import * as z from 'zod'
import { isValidIdNumber } from '../domain/id-number'

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** Checked by arithmetic, not `Date`: `Date` rolls 2026-02-30 into March instead of refusing it. */
function isRealDate(s: string): boolean {
  if (!DATE_SHAPE.test(s)) return false
  const [y, mo, d] = s.split('-').map(Number) as [number, number, number]
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false
  const days = mo === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[mo - 1]!
  return d <= days
}

const NOT_A_DATE = '日期无效，请按 年-月-日 填写真实日期，例如 2026-03-01'
/** A calendar date in Asia/Shanghai, as the law counts days: YYYY-MM-DD, and a day that exists. */
export const CalendarDate = z
  .string({ error: NOT_A_DATE })
  .regex(DATE_SHAPE, { error: NOT_A_DATE, abort: true })
  .refine(isRealDate, NOT_A_DATE)
export type CalendarDate = z.infer<typeof CalendarDate>

/** An instant, ISO 8601 with offset, for audit trails (not for legal day counting). */
export const Instant = z.string().datetime({ offset: true })

/** Money is integer fen (分); never a float. */
export const Fen = z.number().int().nonnegative()
export type Fen = z.infer<typeof Fen>

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '编号只能含字母、数字、下划线和短横线')

/**
 * Jurisdiction path: county "371311", township "371311.101", village "371311.101.201".
 * An official may act on anything whose path equals or extends their own.
 */
export const RegionPath = z.string().regex(/^\d{6}(\.\d{3}){0,2}$/, '地区编码格式不对（县6位数字，乡镇、村各加3位，用点隔开）')
export type RegionPath = z.infer<typeof RegionPath>

/** Denormalised ancestors, so every list can filter by one indexed equality. */
export const RegionRef = z.object({
  county: RegionPath,
  township: RegionPath,
  village: RegionPath,
})
export type RegionRef = z.infer<typeof RegionRef>

/** Mainland resident ID number (18 chars, last may be X) whose check character is right (GB 11643). */
export const IdNumber = z
  .string()
  .regex(/^\d{17}[\dX]$/, { error: '身份证号应为18位', abort: true })
  .refine(isValidIdNumber, '身份证号码校验位不对，请核对后重新填写')
export const Phone = z.string().regex(/^1\d{10}$/, '手机号应为1开头的11位数字')

/**
 * Paging key of a listed record: `createdAt|_id`. Unique and ordered in time, so one indexed field
 * gives a stable cursor (CloudBase has no tuple comparison).
 */
export const Seq = z.string().min(1).max(120)

/** Cursor paging: every list is ordered by an indexed key and resumed after the last one seen. */
export const PageInput = z.object({
  after: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(20),
})
export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), next: z.string().nullable() })
