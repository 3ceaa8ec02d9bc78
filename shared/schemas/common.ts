import * as z from 'zod'

/** A calendar date in Asia/Shanghai, as the law counts days: YYYY-MM-DD. */
export const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
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
  .regex(/^[A-Za-z0-9_-]+$/, 'expected an id')

/**
 * Jurisdiction path: county "371311", township "371311.101", village "371311.101.201".
 * An official may act on anything whose path equals or extends their own.
 */
export const RegionPath = z.string().regex(/^\d{6}(\.\d{3}){0,2}$/, 'expected a region path like 371311.101.201')
export type RegionPath = z.infer<typeof RegionPath>

/** Denormalised ancestors, so every list can filter by one indexed equality. */
export const RegionRef = z.object({
  county: RegionPath,
  township: RegionPath,
  village: RegionPath,
})
export type RegionRef = z.infer<typeof RegionRef>

/** Mainland resident ID number (18 chars, last may be X). */
export const IdNumber = z.string().regex(/^\d{17}[\dX]$/, 'expected an 18-character ID number')
export const Phone = z.string().regex(/^1\d{10}$/, 'expected an 11-digit mobile number')

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
