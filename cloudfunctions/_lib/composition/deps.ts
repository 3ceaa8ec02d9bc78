import type { Clock } from '@shared/ports/clock'
import type { DocumentStore } from '@shared/ports/document-store'
import type { FileStore } from '@shared/ports/files'
import type { Deps } from '@shared/usecases/deps'
import { checkedStore } from '@shared/store/checked-store'
import { newId } from '../adapters/ids'
import { liveCalendar } from './live-calendar'

/**
 * The county keeps its calendar corrections (a year's holidays before the package knows them) in
 * `settings/calendar`, so they change without a deploy.
 */
export async function composeDeps(store: DocumentStore, clock: Clock, files: FileStore): Promise<Deps> {
  const live = await liveCalendar(store, clock)
  // Outside production every write is checked against its collection's schema (the bundles define production).
  const checked = process.env.NODE_ENV === 'production' ? store : checkedStore(store)
  return { store: checked, files, clock, calendar: live.calendar, newId, reloadCalendar: live.reload }
}
