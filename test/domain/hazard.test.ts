import { createCalendar } from '@shared/domain/calendar'
import {
  assertOfficialMove,
  DUPLICATE_RADIUS_M,
  distanceM,
  duplicateSuggestions,
  isOverdue,
  officialMoves,
  reporterMove,
  verifyDeadline,
} from '@shared/domain/hazard'
import { HazardStatus } from '@shared/schemas/hazard'
import { aHazardReport } from '../factories/hazard.factory'

const calendar = createCalendar()

describe('the status machine of a hazard report', () => {
  it('lets officials move only forward along received → verifying → in_ledger → resolved, or close as not a hazard', () => {
    const table = Object.fromEntries(HazardStatus.options.map((s) => [s, [...officialMoves(s)]]))
    expect(table).toEqual({
      received: ['verifying', 'not_hazard', 'duplicate'],
      verifying: ['in_ledger', 'not_hazard', 'duplicate'],
      in_ledger: ['resolved'],
      resolved: [],
      not_hazard: [],
      duplicate: [],
    })
    expect(() => assertOfficialMove('received', 'in_ledger')).toThrow(expect.objectContaining({ refusal: 'invalid_transition' }))
    expect(() => assertOfficialMove('resolved', 'verifying')).toThrow(expect.objectContaining({ refusal: 'invalid_transition' }))
    // A duplicate is marked through moderation, which links the original.
    expect(() => assertOfficialMove('received', 'duplicate')).toThrow(expect.objectContaining({ refusal: 'invalid_transition' }))
    expect(() => assertOfficialMove('verifying', 'in_ledger')).not.toThrow()
  })

  it('lets the reporter confirm only a resolved report, once, and reopen a resolved or not-a-hazard one', () => {
    expect(reporterMove({ status: 'resolved', confirmedOn: null }, 'confirm')).toBe('resolved')
    expect(() => reporterMove({ status: 'resolved', confirmedOn: '2026-11-23' }, 'confirm')).toThrow()
    expect(() => reporterMove({ status: 'in_ledger', confirmedOn: null }, 'confirm')).toThrow()
    expect(reporterMove({ status: 'not_hazard', confirmedOn: null }, 'reopen')).toBe('verifying')
    expect(reporterMove({ status: 'resolved', confirmedOn: '2026-11-23' }, 'reopen')).toBe('verifying')
    for (const status of ['received', 'verifying', 'in_ledger', 'duplicate'] as const) {
      expect(() => reporterMove({ status, confirmedOn: null }, 'reopen')).toThrow(
        expect.objectContaining({ refusal: 'invalid_transition' }),
      )
    }
  })
})

describe('the verification deadline', () => {
  it('counts working days under the holiday calendar, skipping the weekend and the National Day week', () => {
    expect(verifyDeadline(calendar, '2026-11-23', 3)).toBe('2026-11-26')
    expect(verifyDeadline(calendar, '2026-11-26', 3)).toBe('2026-12-01')
    expect(verifyDeadline(calendar, '2026-09-30', 3) > '2026-10-07').toBe(true)
  })

  it('is overdue only after the due day and only while officials still owe the verification', () => {
    const r = (status: HazardStatus) => ({ status, verifyBy: '2026-11-26' })
    expect(isOverdue(r('received'), '2026-11-26')).toBe(false)
    expect(isOverdue(r('received'), '2026-11-27')).toBe(true)
    expect(isOverdue(r('verifying'), '2026-11-27')).toBe(true)
    for (const s of ['in_ledger', 'resolved', 'not_hazard', 'duplicate'] as const)
      expect(isOverdue(r(s), '2026-12-30')).toBe(false)
  })
})

describe('duplicate suggestions', () => {
  const at = (id: string, lat: number | null, lng: number | null, extra = {}) =>
    aHazardReport({ _id: id, location: { source: lat === null ? 'village' : 'device', lat, lng }, ...extra })

  it('measures distance on the sphere: 0.001° of latitude is about 111 m', () => {
    expect(distanceM({ lat: 35, lng: 118 }, { lat: 35.001, lng: 118 })).toBeCloseTo(111.2, 0)
    expect(distanceM({ lat: 35, lng: 118 }, { lat: 35, lng: 118 })).toBe(0)
  })

  it(`suggests reports within ${DUPLICATE_RADIUS_M} m in the same village and on the same house, nearest first`, () => {
    const me = at('me', 35, 118, { houseId: 'house-9' })
    const others = [
      at('m40', 35.00036, 118), // ~40 m
      at('m10', 35.00009, 118), // ~10 m
      at('m60', 35.00054, 118), // ~60 m
      at('house', null, null, { houseId: 'house-9' }),
      at('other-village', 35, 118, { regionPath: '371311.101.202' }),
      at('already-dup', 35, 118, { status: 'duplicate', duplicateOf: 'm10' }),
      me,
    ]
    expect(duplicateSuggestions(me, others).map((s) => [s.id, s.reason])).toEqual([
      ['house', 'same_house'],
      ['m10', 'nearby'],
      ['m40', 'nearby'],
    ])
  })

  it('suggests nothing by distance when either report has no position', () => {
    expect(duplicateSuggestions(at('me', null, null), [at('x', 35, 118)])).toEqual([])
    expect(duplicateSuggestions(at('me', 35, 118), [at('x', null, null)])).toEqual([])
  })
})
