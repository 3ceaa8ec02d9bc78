import { parseDateList } from '../../client/utils/date-list'

describe('dates pasted from the holiday notice', () => {
  it('reads one per line or separated, in the ways people write them, sorted and once each', () => {
    expect(parseDateList('2027-1-1\n2027/01/02、2027.1.3，2027年2月5日  2027-01-01')).toEqual({
      dates: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-05'],
      unreadable: [],
    })
  })

  it('names what it cannot read, as typed', () => {
    expect(parseDateList('2027-01-01 元旦 1月2日')).toEqual({ dates: ['2027-01-01'], unreadable: ['元旦', '1月2日'] })
  })

  it('reads nothing from an empty box', () => {
    expect(parseDateList('  \n ')).toEqual({ dates: [], unreadable: [] })
  })
})
