import * as z from 'zod'
import { FreeText } from '../schemas/text'
import { CalendarDate, Id, PageInput, Phone, RegionPath, pageOf } from '../schemas/common'
import { Role } from '../schemas/user'
import { action } from './contract'

const Fields = z.record(z.string(), z.unknown())

export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string().nullable(), name: z.string(), role: z.string() }),
  call: z.string(),
  changes: z.array(z.object({ collection: z.string(), id: z.string(), before: Fields.nullable(), after: Fields.nullable() })),
  hash: z.string(),
})

/** A user as the administrator manages them. */
export const StaffView = z.object({
  _id: Id,
  name: z.string(),
  role: Role,
  regionPath: RegionPath,
  /** The region's name (东村, 甲镇…), or its code when the county has not named it. */
  regionName: z.string(),
  phone: Phone.nullable(),
  disabled: z.boolean(),
})
export type StaffView = z.infer<typeof StaffView>

// Normalised like any text others read: control and direction characters could disguise a name in the records.
const Name = FreeText({ min: 2, max: 40, label: '姓名' })

const Year = z.number({ error: '请填写年份' }).int('年份应是整数').min(2004, '年份有误').max(2100, '年份有误')
const DateList = z.array(CalendarDate).max(60, '日期太多，请核对是否粘贴有误')

/** One year of the national holiday calendar, from the package or as the county entered it. */
export const CalendarYearView = z.object({
  year: z.number().int(),
  /** 'package': built into the app; 'county': entered on the settings page (also a correction of a package year). */
  source: z.enum(['package', 'county', 'none']),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
})

export const CalendarView = z.object({
  packageYears: z.object({ first: z.number().int(), last: z.number().int() }),
  countyYears: z.array(z.number().int()),
  shown: CalendarYearView,
})
export type CalendarView = z.infer<typeof CalendarView>
const StaffRole = Role.exclude(['farmer'])

export const adminApi = {
  auditTrail: action({
    fn: 'admin',
    action: 'auditTrail',
    summary:
      'The audit trail of one case or one household in the county official’s jurisdiction, newest first; ID, phone and bank numbers masked.',
    audience: ['county'],
    effect: 'read',
    input: z
      .object({
        caseId: Id.optional(),
        householdId: Id.optional(),
        after: z
          .string()
          .regex(/^\d{1,12}$/, '翻页位置有误')
          .optional(),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict()
      .refine((i) => (i.caseId === undefined) !== (i.householdId === undefined), '请指定一个案件或一户'),
    output: pageOf(AuditEntryView),
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  users: action({
    fn: 'admin',
    action: 'users',
    summary: "The users of the administrator's county, by id, optionally of one role.",
    audience: ['admin'],
    effect: 'read',
    input: PageInput.extend({ role: Role.optional() }).strict(),
    output: pageOf(StaffView),
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN'],
  }),
  createUser: action({
    fn: 'admin',
    action: 'createUser',
    summary:
      'Creates a staff member (not a farmer) in the county, with an H5 account for the phone and a one-time code (shown once, 14 days) to link their WeChat with user.bind { phone, code }. Village roles sit on a village, township roles on a township, the rest on the county.',
    audience: ['admin'],
    effect: 'write',
    input: z.object({ name: Name, phone: Phone, role: StaffRole, regionPath: RegionPath }).strict(),
    output: z.object({ user: StaffView, bindCode: z.string(), expiresAt: z.string() }),
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'BAD_INPUT'],
  }),
  updateUser: action({
    fn: 'admin',
    action: 'updateUser',
    summary:
      'Changes the name, role, region or standing of a user of the county; a change of role or region, or disabling, signs them out everywhere.',
    audience: ['admin'],
    effect: 'write',
    input: z
      .object({
        userId: Id,
        name: Name.optional(),
        role: StaffRole.optional(),
        regionPath: RegionPath.optional(),
        disabled: z.boolean().optional(),
      })
      .strict(),
    output: StaffView,
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_INPUT'],
  }),
  calendar: action({
    fn: 'admin',
    action: 'calendar',
    summary:
      "The holiday calendar legal day counting uses (公示 5 个工作日): the years built in, the years the county entered, and one year's days off and make-up workdays (this year unless asked).",
    audience: ['admin', 'county'],
    effect: 'read',
    input: z.object({ year: Year.optional() }).strict(),
    output: CalendarView,
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'BAD_INPUT'],
  }),
  setCalendarYear: action({
    fn: 'admin',
    action: 'setCalendarYear',
    summary:
      "Enters this year's or next year's days off and make-up workdays from the State Council's notice, replacing what was entered for that year; notices already posted keep the close dates they were posted with.",
    audience: ['admin'],
    effect: 'write',
    input: z.object({ year: Year, holidays: DateList, workdays: DateList }).strict(),
    output: CalendarView,
    errors: ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'BAD_INPUT'],
  }),
} as const
