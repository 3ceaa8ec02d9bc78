import { createMovableClock } from '../../../cloudfunctions/_local/movable-clock'

describe('createMovableClock', () => {
  it('moves to 09:00 Beijing time of the given day', () => {
    const clock = createMovableClock(() => Date.parse('2026-01-01T00:00:00Z'))
    clock.moveTo('2024-02-29')
    expect(clock.now().toISOString()).toBe('2024-02-29T01:00:00.000Z')
  })

  it.each(['2026-02-30', '2026-13-45', '0000-00-00', 'soon'])('refuses %s and stays where it was', (date) => {
    const clock = createMovableClock(() => 0)
    clock.moveTo('2026-11-23')
    const before = clock.offsetMs()
    expect(() => clock.moveTo(date)).toThrow(RangeError)
    expect(clock.offsetMs()).toBe(before)
  })
})
