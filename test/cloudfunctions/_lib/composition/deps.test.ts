import { CalendarUnknownError } from '@shared/domain/calendar'
import { systemClock } from '@shared/ports/clock'
import { composeDeps } from '../../../../cloudfunctions/_lib/composition/deps'
import { openSqliteStore } from '../../../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'
import { memoryFiles } from '../../../factories/memory-files.factory'

describe('composeDeps', () => {
  it('refuses dates past the holiday data until the county enters that year', async () => {
    const store = openSqliteStore({ file: ':memory:' })
    const before = await composeDeps(store, systemClock, memoryFiles())
    expect(() => before.calendar.isWorkday('2027-03-03')).toThrow(CalendarUnknownError)

    await store
      .collection('settings')
      .doc('calendar')
      .set({ years: [2027], days: { '2027-02-06': 'workday' } })
    const after = await composeDeps(store, systemClock, memoryFiles())
    expect(after.calendar.isWorkday('2027-03-03')).toBe(true)
    expect(after.calendar.isWorkday('2027-02-06')).toBe(true) // a Saturday the county marked as make-up workday
    await store.close()
  })
})
