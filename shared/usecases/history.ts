import { maskSensitiveText } from '../domain/masking'
import type { CaseEvent, CaseState, HistoryEntry } from '../schemas/application'
import type { Registered } from './deps'

/**
 * One line of a case's timeline: who moved it, from where to where, when, and why. The household reads
 * the timeline, so numbers typed into the comment are masked.
 */
export function historyEntry(args: {
  caller: Registered
  from: CaseState | null
  to: CaseState
  event: CaseEvent | 'submit'
  comment: string
  at: string
  today: string
}): HistoryEntry {
  const { caller, from, to, event, comment, at, today } = args
  return {
    from,
    to,
    event,
    actorRole: caller.user.role,
    actorId: caller.user._id,
    actorName: caller.user.name,
    comment: maskSensitiveText(comment),
    at,
    on: today,
  }
}
