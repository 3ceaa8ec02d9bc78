import type { Calendar } from '../domain/calendar'
import type { PolicyProfile } from '../domain/policy-profile'
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
  profiles: readonly PolicyProfile[]
  newId(): string
}

/** The caller as a use case sees them: identity from the WeChat context, record from `users`. */
export type Caller = { openid: string; user: User | null }
export type Registered = { openid: string; user: User }
