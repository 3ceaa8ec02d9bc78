import { createCalendar, type CalendarOverrides } from '@shared/domain/calendar'
import { LUOZHUANG_2020, type PolicyProfile } from '@shared/domain/policy-profile'
import type { Clock } from '@shared/ports/clock'
import type { DocumentStore } from '@shared/ports/document-store'
import type { FileStore } from '@shared/ports/files'
import type { Deps } from '@shared/usecases/deps'
import { checkedStore } from '@shared/store/checked-store'
import { newId } from '../adapters/ids'

/**
 * The versions of this county's policy profile; the one in force on a date is picked by `profileInForce`.
 * The demo county runs the 2020 district scheme; a county on the 2021 city scheme lists HEGANG_2021 here.
 */
const PROFILES: readonly PolicyProfile[] = [LUOZHUANG_2020]

/**
 * The county keeps its calendar corrections (a year's holidays before the package knows them) in
 * `settings/calendar`, so they change without a deploy.
 */
export async function composeDeps(store: DocumentStore, clock: Clock, files: FileStore): Promise<Deps> {
  const settings = await store.collection<{ _id: string } & Partial<CalendarOverrides>>('settings').doc('calendar').get()
  const overrides = settings ? { years: settings.years ?? [], days: settings.days ?? {} } : undefined
  // Outside production every write is checked against its collection's schema (the bundles define production).
  const checked = process.env.NODE_ENV === 'production' ? store : checkedStore(store)
  return { store: checked, files, clock, calendar: createCalendar(overrides), profiles: PROFILES, newId }
}
