import { levelOf, regionField, regionRefOf, within } from '@shared/domain/jurisdiction'

describe('jurisdiction tree', () => {
  it('lets an official act at or below their own node only', () => {
    expect(within('371311', '371311.101.201')).toBe(true)
    expect(within('371311.101', '371311.101.201')).toBe(true)
    expect(within('371311.101.201', '371311.101.201')).toBe(true)
    expect(within('371311.101.201', '371311.101.202')).toBe(false)
    expect(within('371311.101', '371311.102.201')).toBe(false)
    expect(within('371311.101.201', '371311.101')).toBe(false)
  })

  it('does not confuse a sibling whose code starts with the same digits', () => {
    expect(within('371311.10', '371311.101.201')).toBe(false)
    expect(within('37131', '371311.101')).toBe(false)
  })

  it('derives the ancestors of a village and the field that filters by a node', () => {
    expect(regionRefOf('371311.101.201')).toEqual({ county: '371311', township: '371311.101', village: '371311.101.201' })
    expect(() => regionRefOf('371311.101')).toThrow(RangeError)
    expect(levelOf('371311')).toBe('county')
    expect(regionField('371311.101')).toBe('region.township')
    expect(regionField('371311.101.201')).toBe('region.village')
  })
})
