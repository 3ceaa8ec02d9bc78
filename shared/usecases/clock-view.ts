import { todayInShanghai } from '../domain/dates'
import type { Deps } from './deps'

/** The instant and the legal calendar day of "now", read once per use case so both agree. */
export function nowOf(deps: Pick<Deps, 'clock'>): { at: string; today: string } {
  const now = deps.clock.now()
  return { at: now.toISOString(), today: todayInShanghai(now) }
}
