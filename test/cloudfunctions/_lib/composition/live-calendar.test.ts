import { INDEXES } from '@shared/store/collections'
import { col, withoutId } from '@shared/usecases/collections'
import { openSqliteStore } from '../../../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'
import { liveCalendar } from '../../../../cloudfunctions/_lib/composition/live-calendar'
import { createMovableClock } from '../../../../cloudfunctions/_local/movable-clock'

describe('the calendar of a warm container', () => {
  it('counts a year another container entered once its minute is up, and at once when told (CALENDAR_TTL_MS)', async () => {
    const store = openSqliteStore({ file: ':memory:', indexes: INDEXES })
    const clock = createMovableClock()
    clock.moveTo('2026-12-28')
    try {
      const live = await liveCalendar(store, clock)
      expect(() => live.calendar.addWorkingDays('2026-12-28', 5)).toThrow(/2027/)
      await col(store, 'settings')
        .doc('calendar')
        .set(withoutId({ _id: 'calendar', years: [2027], days: { '2027-01-01': 'restday' } }))
      await live.reload(false)
      expect(() => live.calendar.addWorkingDays('2026-12-28', 5)).toThrow(/2027/)
      // A day on, far past the minute the container trusts what it read.
      clock.moveTo('2026-12-29')
      await live.reload(false)
      expect(live.calendar.addWorkingDays('2026-12-28', 5)).toBe('2027-01-05')
      await col(store, 'settings')
        .doc('calendar')
        .set(withoutId({ _id: 'calendar', years: [2027], days: {} }))
      await live.reload(true)
      expect(live.calendar.addWorkingDays('2026-12-28', 5)).toBe('2027-01-04')
    } finally {
      store.close()
    }
  })
})
