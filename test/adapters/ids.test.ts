import { Id } from '@shared/schemas/common'
import { newId } from '../../cloudfunctions/_lib/adapters/ids'

describe('newId', () => {
  it('is 20 URL-safe characters and a valid schema Id', () => {
    const id = newId()
    expect(id).toMatch(/^[0-9A-Za-z]{20}$/)
    expect(Id.safeParse(id).success).toBe(true)
  })

  it('is unique and strictly increasing within a process, even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId(1_740_000_000_000))
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
  })

  it('sorts by creation time', () => {
    const earlier = newId(4_100_000_000_000)
    const later = newId(4_100_000_000_001)
    const muchLater = newId(4_500_000_000_000)
    expect([muchLater, later, earlier].sort()).toEqual([earlier, later, muchLater])
    expect(earlier.slice(0, 8) < later.slice(0, 8)).toBe(true) // the time prefix itself orders them
  })

  it('stays increasing if the clock steps back', () => {
    const before = newId(5_000_000_000_000)
    const after = newId(4_999_999_999_000)
    expect(after > before).toBe(true)
  })
})
