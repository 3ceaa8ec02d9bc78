import { nextFire, parseCron } from '@shared/usecases/jobs/cron'

/** The 7-field cron of CloudBase timer triggers, in Beijing time. */
describe('nextFire', () => {
  const next = (cron: string, after: string) => nextFire(cron, new Date(after))?.toISOString()

  it('names the next whole minute for an every-minute trigger, strictly after the given instant', () => {
    expect(next('0 * * * * * *', '2026-11-23T02:00:00.000Z')).toBe('2026-11-23T02:01:00.000Z')
    expect(next('0 * * * * * *', '2026-11-23T02:00:59.500Z')).toBe('2026-11-23T02:01:00.000Z')
    expect(next('*/15 * * * * * *', '2026-11-23T02:00:16.000Z')).toBe('2026-11-23T02:00:30.000Z')
  })

  it('reads hours in Beijing time', () => {
    expect(next('0 30 3 * * * *', '2026-11-23T00:00:00.000Z')).toBe('2026-11-23T19:30:00.000Z')
    expect(next('0 0 8-18/2 * * 1-5 *', '2026-11-28T00:00:00.000Z')).toBe('2026-11-30T00:00:00.000Z')
  })

  it('refuses what it cannot read', () => {
    expect(() => parseCron('0 * * * *')).toThrow(/7 fields/)
    expect(() => parseCron('0 61 * * * * *')).toThrow(/minute/)
    expect(() => parseCron('0 * * * * MON *')).toThrow(/weekday/)
    expect(next('0 0 0 31 2 * *', '2026-01-01T00:00:00.000Z')).toBeUndefined()
  })
})
