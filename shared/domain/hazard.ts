import type { Calendar } from './calendar'
import { COUNTY_COMPLAINT_PHONE } from './complaint-line'
import { DomainError } from './errors'
import type { HazardReport, HazardStatus } from '../schemas/hazard'

/**
 * The rules of the public hazard channel (畅通问题反映渠道): who moves a report where, how long officials
 * have to verify it, which reports look like the same danger, and how often one person or address may report.
 */

export { COUNTY_COMPLAINT_PHONE }

/** The moves officials make; a reporter's confirm and reopen are separate (`reporterMove`). */
const OFFICIAL_MOVES: Record<HazardStatus, readonly HazardStatus[]> = {
  received: ['verifying', 'not_hazard', 'duplicate'],
  verifying: ['in_ledger', 'not_hazard', 'duplicate'],
  in_ledger: ['resolved'],
  resolved: [],
  not_hazard: [],
  duplicate: [],
}

/** Statuses a reporter may reopen: the officials said it is done or not a danger, and the reporter disagrees. */
export const REOPENABLE: readonly HazardStatus[] = ['resolved', 'not_hazard']

/** Statuses in which officials still owe a verification, so the deadline runs. */
export const AWAITING_VERIFICATION: readonly HazardStatus[] = ['received', 'verifying']

/** Statuses an official's inbox lists: everything not finished. */
export const OPEN_STATUSES: readonly HazardStatus[] = ['received', 'verifying', 'in_ledger']

export function officialMoves(from: HazardStatus): readonly HazardStatus[] {
  return OFFICIAL_MOVES[from]
}

/** Refuses an official's move the machine does not have, naming what is possible instead. */
export function assertOfficialMove(from: HazardStatus, to: HazardStatus): void {
  if (to === 'duplicate') {
    throw new DomainError('invalid_transition', '标记重复请在审核页面选择原反映', { from, to })
  }
  if (!OFFICIAL_MOVES[from].includes(to)) {
    throw new DomainError('invalid_transition', `该反映当前不能改为这个状态`, { from, to, allowed: OFFICIAL_MOVES[from] })
  }
}

/** Whether a report in `from` may be marked a duplicate (only while it is still being looked at). */
export function canMarkDuplicate(from: HazardStatus): boolean {
  return OFFICIAL_MOVES[from].includes('duplicate')
}

/** The reporter's confirm (only a resolved report, once) or reopen (resolved or not a hazard): the status it ends in. */
export function reporterMove(report: Pick<HazardReport, 'status' | 'confirmedOn'>, move: 'confirm' | 'reopen'): HazardStatus {
  if (move === 'confirm') {
    if (report.status !== 'resolved') throw new DomainError('invalid_transition', '整改完成后才能确认')
    if (report.confirmedOn) throw new DomainError('invalid_transition', '您已确认过整改结果')
    return 'resolved'
  }
  if (!REOPENABLE.includes(report.status)) {
    throw new DomainError('invalid_transition', '只有已整改或经核实无隐患的反映可以重新提出')
  }
  return 'verifying'
}

/** The day verification is due: `workingDays` working days after the report (or its reopening). */
export function verifyDeadline(calendar: Calendar, from: string, workingDays: number): string {
  return calendar.addWorkingDays(from, workingDays)
}

/** Overdue while officials still owe the verification and the due day has passed. */
export function isOverdue(report: Pick<HazardReport, 'status' | 'verifyBy'>, today: string): boolean {
  return AWAITING_VERIFICATION.includes(report.status) && today > report.verifyBy
}

const EARTH_RADIUS_M = 6_371_000
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in metres (haversine); at village scale the error is far below a metre. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Reports closer than this in the same village are suggested as the same danger. */
export const DUPLICATE_RADIUS_M = 50

const pointOf = (l: HazardReport['location']) => (l.lat !== null && l.lng !== null ? { lat: l.lat, lng: l.lng } : null)

type Placed = Pick<HazardReport, '_id' | 'regionPath' | 'houseId' | 'location' | 'status' | 'duplicateOf'>

export type DuplicateSuggestion = { id: string; reason: 'same_house' | 'nearby'; distanceM: number | null }

/**
 * Other reports of the same village that are probably the same danger: on the same house, or within 50 m.
 * A report already marked a duplicate is not offered (link to the one it duplicates instead); nearest first.
 */
export function duplicateSuggestions(report: Placed, others: readonly Placed[]): DuplicateSuggestion[] {
  const here = pointOf(report.location)
  const out: DuplicateSuggestion[] = []
  for (const o of others) {
    if (o._id === report._id || o.regionPath !== report.regionPath || o.status === 'duplicate') continue
    const there = pointOf(o.location)
    const d = here && there ? distanceM(here, there) : null
    if (report.houseId && o.houseId === report.houseId) out.push({ id: o._id, reason: 'same_house', distanceM: d })
    else if (d !== null && d <= DUPLICATE_RADIUS_M) out.push({ id: o._id, reason: 'nearby', distanceM: d })
  }
  const key = (s: DuplicateSuggestion) => (s.reason === 'same_house' ? -1 : (s.distanceM ?? 0))
  return out.sort((a, b) => key(a) - key(b))
}

/** How many reports one person (OPENID) may make per day, and one network address per hour on the local server. */
export const REPORTS_PER_REPORTER_PER_DAY = 5
export const REPORTS_PER_ADDRESS = { max: 20, windowMs: 3_600_000 } as const

export const TOO_MANY_REPORTS = `您今天已反映${REPORTS_PER_REPORTER_PER_DAY}次，请明天再试；情况紧急请拨打${COUNTY_COMPLAINT_PHONE}`
export const TOO_MANY_FROM_ADDRESS = `本网络提交的反映过多，请一小时后再试；情况紧急请拨打${COUNTY_COMPLAINT_PHONE}`

/** An anonymous report carries nothing that identifies the reporter, so a phone number to call back is refused. */
export function assertAnonymityConsistent(r: { anonymous: boolean; contactPhone: string | null }): void {
  if (r.anonymous && r.contactPhone) {
    throw new DomainError('bad_input', '匿名反映不能留联系电话；如需回电，请取消匿名', { field: 'contactPhone' })
  }
}
