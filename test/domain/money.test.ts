import { amountInWords, assertFen, fenToYuan, formatFen, sumFen, yuanToFen } from '@shared/domain/money'

describe('yuanToFen', () => {
  it.each([
    ['17000', 1_700_000],
    ['17000.5', 1_700_050],
    ['17000.50', 1_700_050],
    ['0.01', 1],
    ['0.1', 10],
    ['0', 0],
    [' 800 ', 80_000],
    ['007.07', 707],
    [17000, 1_700_000],
    [0.29, 29],
    [1.15, 115], // 1.15 * 100 === 114.99999999999999 in floating point
    [4.35, 435], // 4.35 * 100 === 434.99999999999994
    ['90071992547409.91', 9_007_199_254_740_991],
  ])('%j yuan → %j fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen)
  })

  it.each([
    ['0.001'],
    ['1.234'],
    ['-1'],
    ['-0.01'],
    [''],
    ['abc'],
    ['1,000'],
    ['1e3'],
    ['.5'],
    ['5.'],
    [NaN],
    [Infinity],
    [-5],
    [0.1 + 0.2],
    [1e21],
    ['90071992547409.92'],
  ])('refuses %j', (yuan) => {
    expect(() => yuanToFen(yuan)).toThrow(RangeError)
  })

  it('round-trips every amount with fenToYuan', () => {
    for (let fen = 0; fen < 20_000; fen += 7) expect(yuanToFen(fenToYuan(fen))).toBe(fen)
    for (const fen of [1_700_000, 4_800_000, 123_456_789, Number.MAX_SAFE_INTEGER]) {
      expect(yuanToFen(fenToYuan(fen))).toBe(fen)
    }
  })
})

describe('fenToYuan / formatFen', () => {
  it.each([
    [0, '0.00', '¥0.00'],
    [1, '0.01', '¥0.01'],
    [99, '0.99', '¥0.99'],
    [100, '1.00', '¥1.00'],
    [500_000, '5000.00', '¥5,000.00'],
    [1_700_000, '17000.00', '¥17,000.00'],
    [4_800_050, '48000.50', '¥48,000.50'],
    [123_456_789_01, '123456789.01', '¥123,456,789.01'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91', '¥90,071,992,547,409.91'],
  ])('%d fen → %s / %s', (fen, yuan, formatted) => {
    expect(fenToYuan(fen)).toBe(yuan)
    expect(formatFen(fen)).toBe(formatted)
  })

  it('refuses what is not fen', () => {
    for (const bad of [-1, 1.5, NaN, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => fenToYuan(bad)).toThrow(RangeError)
      expect(() => formatFen(bad)).toThrow(RangeError)
    }
  })
})

describe('sumFen / assertFen', () => {
  it('adds exactly', () => {
    expect(sumFen([])).toBe(0)
    expect(sumFen([500_000, 700_000, 500_000])).toBe(1_700_000)
    // Ten payments of 0.10 yuan are exactly 1 yuan, unlike 0.1 added ten times as a float.
    expect(sumFen(Array(10).fill(yuanToFen('0.1')))).toBe(100)
  })

  it('refuses bad items and overflow', () => {
    expect(() => sumFen([100, -1])).toThrow(RangeError)
    expect(() => sumFen([100, 0.5])).toThrow(RangeError)
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError)
  })

  it('assertFen accepts non-negative safe integers only', () => {
    expect(() => assertFen(0)).not.toThrow()
    expect(() => assertFen(1_700_000)).not.toThrow()
    for (const bad of [-1, 0.5, NaN, Infinity, '100', null, undefined, 2 ** 53]) {
      expect(() => assertFen(bad)).toThrow(RangeError)
    }
  })
})

describe('amountInWords (大写)', () => {
  it.each([
    [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [100000, '壹仟元整'],
    [1700000, '壹万柒仟元整'],
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [100, '壹元整'],
    [120507, '壹仟贰佰零伍元零柒分'],
    [100100, '壹仟零壹元整'],
    [10050000, '壹拾万零伍佰元整'],
    [1000000100, '壹仟万零壹元整'],
    [10000000100, '壹亿零壹元整'],
    [10000500000, '壹亿零伍仟元整'],
    [1050000, '壹万零伍佰元整'],
    [101000, '壹仟零壹拾元整'],
    [100010, '壹仟元壹角整'],
    [1500000000, '壹仟伍佰万元整'],
  ])('%i fen → %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it('refuses what is not an amount in fen', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError)
    expect(() => amountInWords(1.5)).toThrow(RangeError)
  })
})
