import { idCheckChar, isValidIdNumber, withCheckChar } from '@shared/domain/id-number'
import { IdNumber } from '@shared/schemas/common'
import { anIdNumber } from '../factories/household.factory'

describe('ID numbers (GB 11643 check character)', () => {
  it('computes the check character of the standard’s worked example', () => {
    expect(idCheckChar('11010519491231002')).toBe('X')
    expect(withCheckChar('11010519491231002')).toBe('11010519491231002X')
  })

  it('accepts a number with the right check character, a lower-case x too', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
  })

  it('refuses one mistyped digit, and any wrong shape', () => {
    const good = anIdNumber(7)
    const typo = `${good.slice(0, 5)}${(Number(good[5]) + 1) % 10}${good.slice(6)}`
    expect(isValidIdNumber(good)).toBe(true)
    expect(isValidIdNumber(typo)).toBe(false)
    for (const bad of ['', '1101051949123100', '11010519491231002Y', 'abcdefghijklmnopqr'])
      expect(isValidIdNumber(bad)).toBe(false)
  })

  it('is what the schema checks, with a message a person can act on', () => {
    expect(IdNumber.safeParse(anIdNumber(3)).success).toBe(true)
    const wrong = IdNumber.safeParse('110105194912310021')
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues[0]?.message).toBe('身份证号码校验位不对，请核对后重新填写')
  })
})
