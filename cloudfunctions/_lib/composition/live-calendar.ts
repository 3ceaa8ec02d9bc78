import { type Calendar, type CalendarOverrides, createCalendar } from '@shared/domain/calendar'
import type { Clock } from '@shared/ports/clock'
import type { DocumentStore } from '@shared/ports/document-store'

/** How long a warm container trusts the calendar entries it read: an entry made elsewhere is seen within this. */
const CALENDAR_TTL_MS = 60_000

async function readOverrides(store: DocumentStore): Promise<CalendarOverrides | undefined> {
  const settings = await store.collection<{ _id: string } & Partial<CalendarOverrides>>('settings').doc('calendar').get()
  return settings ? { years: settings.years ?? [], days: settings.days ?? {} } : undefined
}

/**
 * The calendar of a process that lives across calls (a warm CloudBase container, the local server): the package's
 * years plus the county's entries, re-read when they may have changed, so a year entered by the administrator
 * counts in every container without a deploy or a restart.
 */
export async function liveCalendar(
  store: DocumentStore,
  clock: Clock,
): Promise<{
  calendar: Calendar
  reload(force: boolean): Promise<void>
}> {
  let current = createCalendar(await readOverrides(store))
  let readAt = clock.now().getTime()
  const calendar: Calendar = {
    isWorkday: (d) => current.isWorkday(d),
    addWorkingDays: (d, n) => current.addWorkingDays(d, n),
    publicityWindow: (postedOn, days) => current.publicityWindow(postedOn, days),
    lastKnownYear: current.lastKnownYear,
  }
  return {
    calendar,
    async reload(force) {
      const now = clock.now().getTime()
      if (!force && now - readAt < CALENDAR_TTL_MS) return
      current = createCalendar(await readOverrides(store))
      readAt = now
    },
  }
}
