import { DomainError } from '@shared/domain/errors'
import {
  assertNoSensitive,
  containsSensitive,
  maskAccount,
  maskIdNumber,
  maskName,
  maskPhone,
  maskSensitiveText,
  scrubSensitive,
} from '@shared/domain/masking'
import { anIdNumber } from '../factories/household.factory'

/** A small deterministic generator, so the property loops are repeatable. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('')

const SURNAMES = ['张', '王', '李', '赵', '欧阳', '司马', '诸葛', '𠮷']
const GIVEN = ['三', '娜娜', '秀英', '建国', '桂兰', '伟', '买买提·艾力']

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['王', '*'],
    ['  李秀英 ', '李**'],
    ['𠮷小明', '𠮷**'], // a character outside the BMP is one character
    ['', ''],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })

  it('keeps only the first character, one star per other character, for many names', () => {
    const r = rng(1)
    for (let i = 0; i < 500; i++) {
      const name = pick(r, SURNAMES) + pick(r, GIVEN)
      const masked = maskName(name)
      const chars = Array.from(name)
      expect(Array.from(masked)).toHaveLength(chars.length)
      expect(masked.startsWith(chars[0]!)).toBe(true)
      expect(
        Array.from(masked)
          .slice(1)
          .every((c) => c === '*'),
      ).toBe(true)
    }
  })
})

describe('maskIdNumber', () => {
  it('keeps the first and last character only', () => {
    expect(maskIdNumber('37131119600101001X')).toBe('3****************X')
    expect(maskIdNumber('37131119600101001x')).toBe('3****************X')
    expect(maskIdNumber('12')).toBe('**')
  })

  it('never shows birthplace or birthday, for many numbers', () => {
    for (let n = 0; n < 300; n++) {
      const id = anIdNumber(n, `19${String(40 + (n % 60)).padStart(2, '0')}0${1 + (n % 9)}15`)
      const masked = maskIdNumber(id)
      expect(masked).toHaveLength(18)
      expect(masked).toMatch(/^\d\*{16}[\dX]$/)
      expect(masked.slice(1, 17)).not.toMatch(/\d/)
    }
  })
})

describe('maskPhone', () => {
  it('shows 3 + 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('138-1234-5678')).toBe('138****5678')
    expect(maskPhone('12345')).toBe('*****')
  })

  it('keeps the middle four hidden for many numbers', () => {
    const r = rng(2)
    for (let i = 0; i < 300; i++) {
      const phone = `1${pick(r, ['3', '5', '7', '8', '9'])}${digits(r, 9)}`
      expect(maskPhone(phone)).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`)
    }
  })
})

describe('maskAccount', () => {
  it('shows the last four only, with a fixed prefix', () => {
    expect(maskAccount('6217000012345678')).toBe('**** 5678')
    expect(maskAccount('6217 0000 1234 5678 123')).toBe('**** 8123')
    expect(maskAccount('123')).toBe('****')
  })

  it('does not reveal the length', () => {
    const r = rng(3)
    for (let i = 0; i < 200; i++) {
      const acct = digits(r, 12 + Math.floor(r() * 19))
      expect(maskAccount(acct)).toBe(`**** ${acct.slice(-4)}`)
    }
  })
})

describe('sensitive numbers in free text', () => {
  it.each([
    '身份证号37131119600101001X',
    '身份证 371311196001010012 已核实',
    '身份证 370123 19900101 123x',
    '联系电话13812345678',
    '电话：138 1234 5678',
    '电话 138-1234-5678，找张三',
    '+86 13812345678',
    '座机0539-8123456',
    '账号6217000012345678',
    '一卡通 6217 0000 1234 5678',
    '全角１３８１２３４５６７８',
    '编号123456789012',
  ])('finds one in %j', (text) => {
    expect(containsSensitive(text)).toBe(true)
    const scrubbed = scrubSensitive(text)
    expect(scrubbed).toContain('***')
    expect(containsSensitive(scrubbed)).toBe(false)
    expect(() => assertNoSensitive(text)).toThrow(DomainError)
  })

  it.each([
    '经村评议，该户住房鉴定为D级，拟拆除重建',
    '补助上限17000元，已拨付5000元',
    '公示期2025-09-30至2025-10-13',
    '家庭人口5人，主房面积60平方米',
    '2025年10月1日',
    '金额 1700000 分',
    '23456789012', // 11 digits not starting with 1 or 0
    '',
  ])('leaves %j alone', (text) => {
    expect(containsSensitive(text)).toBe(false)
    expect(scrubSensitive(text)).toBe(text)
    expect(() => assertNoSensitive(text)).not.toThrow()
  })

  it('scrubs only the number and keeps the words', () => {
    expect(scrubSensitive('张三，电话13812345678，账号6217000012345678。')).toBe('张三，电话***，账号***。')
    expect(scrubSensitive('身份证37131119600101001X号')).toBe('身份证***号')
  })

  it('never leaks a generated number embedded in text', () => {
    const r = rng(4)
    const prefixes = ['', '张三', '电话', '账号:', '备注 ', '身份证号']
    const suffixes = ['', '。', '已核实', ' 联系人李四', '号']
    for (let i = 0; i < 1000; i++) {
      const kind = i % 4
      const secret =
        kind === 0
          ? `1${pick(r, ['3', '5', '8', '9'])}${digits(r, 9)}`
          : kind === 1
            ? anIdNumber(i, `19${digits(r, 2)}0101`)
            : kind === 2
              ? digits(r, 12 + Math.floor(r() * 8))
              : `${digits(r, 4)} `.repeat(4).trim()
      const text = pick(r, prefixes) + secret + pick(r, suffixes)
      expect(containsSensitive(text)).toBe(true)
      const scrubbed = scrubSensitive(text)
      expect(scrubbed).not.toContain(secret)
      expect(scrubbed.replace(/\D/g, '').length).toBeLessThan(4)
    }
  })
})

describe('maskSensitiveText', () => {
  it('masks ID, mobile and account numbers inside text the way the helpers do', () => {
    expect(maskSensitiveText('身份证37131119600101001X，电话13812345678，账号6217000012345678。')).toBe(
      `身份证${maskIdNumber('37131119600101001X')}，电话138****5678，账号**** 5678。`,
    )
  })

  it('masks numbers typed with spaces, dashes or full-width digits', () => {
    const text = '电话138-1234-5678，卡号6217 0000 1234 5678，１３８１２３４５６７８'
    const masked = maskSensitiveText(text)
    expect(containsSensitive(masked)).toBe(false)
    expect(masked).toContain('138****5678')
    expect(masked).toContain('**** 5678')
  })

  it('masks every generated ID number, and leaves amounts, dates and short numbers alone', () => {
    for (let i = 1; i <= 200; i++) {
      const masked = maskSensitiveText(`申请人${anIdNumber(i)}于现场`)
      expect(containsSensitive(masked)).toBe(false)
    }
    const plain = '2026-12-09 拨付 ¥5,000.00，共 3 人，凭证号 PZ2026-0002'
    expect(maskSensitiveText(plain)).toBe(plain)
  })
})
