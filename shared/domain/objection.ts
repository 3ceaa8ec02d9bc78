import type { CaseEvent } from '../schemas/application'
import type { ObjectionState, UpheldOutcome } from '../schemas/objection'
import type { Calendar } from './calendar'
import { fromDayNumber, toDayNumber } from './dates'
import { DomainError } from './errors'

/**
 * 公示期内，任何人可提出异议: an objection is taken from the day the notice is posted on the board through the
 * notice's last working day, inclusive. Dates are YYYY-MM-DD, which order as text.
 */
export function objectionWindowOpen(notice: { postedOn: string; closesOn: string }, today: string): boolean {
  return notice.postedOn <= today && today <= notice.closesOn
}

export function requireObjectionWindow(notice: { postedOn: string; closesOn: string }, today: string): void {
  if (!objectionWindowOpen(notice, today)) {
    throw new DomainError('publicity_closed', `公示期为${notice.postedOn}至${notice.closesOn}，只在公示期内受理异议`, {
      closesOn: notice.closesOn,
    })
  }
}

/** The event an upheld objection moves the case by; a dismissed one moves nothing and the case continues. */
export function eventOfResolution(state: Exclude<ObjectionState, 'open'>, outcome: UpheldOutcome | null): CaseEvent | null {
  if (state === 'dismissed') return null
  if (outcome === null) throw new DomainError('bad_input', '异议成立时请选择退回申请人或不予支持', { field: 'outcome' })
  return outcome === 'return' ? 'objection_return' : 'objection_reject'
}

/**
 * How many working days a notice still runs, today included when it is a working day: the board's countdown.
 * 0 once the last day has passed; before the window opens, all of its days.
 */
export function workingDaysLeft(calendar: Calendar, today: string, window: { opensOn: string; closesOn: string }): number {
  if (today > window.closesOn) return 0
  const from = toDayNumber(today > window.opensOn ? today : window.opensOn)
  const to = toDayNumber(window.closesOn)
  let left = 0
  for (let d = from; d <= to; d++) if (calendar.isWorkday(fromDayNumber(d))) left++
  return left
}
