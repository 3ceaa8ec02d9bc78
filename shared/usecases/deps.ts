import type { Calendar } from '../domain/calendar'
import type { Clock } from '../ports/clock'
import type { DocumentStore } from '../ports/document-store'
import type { FileStore } from '../ports/files'
import type { User } from '../schemas/user'

/** What every use case may reach: the ports, already wired by a composition root. */
export interface Deps {
  store: DocumentStore
  files: FileStore
  clock: Clock
  calendar: Calendar
  newId(): string
  /**
   * Re-reads the county's calendar entries (settings/calendar) into `calendar`: before each call once a minute has
   * passed (`force` false), and at once after they were changed here. Absent where the calendar is fixed (tests).
   */
  reloadCalendar?(force: boolean): Promise<void>
}

/**
 * The caller of a public action: identity from the WeChat context, record from `users`. Public actions answer
 * anyone, so `openid` is null for a visitor with no identity (H5 without a session) and their handlers must not need it.
 */
export type Caller = { openid: string | null; user: User | null }
export type Registered = { openid: string; user: User }
