import { applicationApi } from '@shared/api/application.api'
import { reviewApi } from '@shared/api/review.api'
import { amountTyping, fieldProblem, lengthNote } from '../../client/utils/field-check'

describe('field checks before sending', () => {
  const reason = applicationApi.submit.input.shape.reason
  const comment = reviewApi.decide.input.shape.comment

  it('shows the contract’s message for emoji-only or blank text', () => {
    expect(fieldProblem(reason, '🏠🏠🏠🏠')).toMatch(/须包含文字/)
    expect(fieldProblem(comment, '😀😀')).toMatch(/须包含文字/)
    expect(fieldProblem(reason, '墙体开裂漏雨')).toBeUndefined()
    expect(fieldProblem(reason, '裂')).toMatch(/至少4个字/)
  })

  it('says the limit before it is reached, and how much is over', () => {
    expect(lengthNote('墙裂', 500)).toEqual({ text: '已写 2/500 字', over: false })
    expect(lengthNote('字'.repeat(503), 500)).toEqual({ text: '已超出 3 字，请删减到 500 字以内', over: true })
    expect(fieldProblem(reason, '字'.repeat(501))).toBe('申请理由不超过500字')
  })

  it('refuses letters in the amount visibly instead of dropping them', () => {
    expect(amountTyping('5000.5')).toEqual({ value: '5000.5' })
    expect(amountTyping('50a0')).toEqual({ value: '50a0', problem: '只能填数字' })
    expect(amountTyping('1.2.3').problem).toBeTruthy()
    expect(amountTyping('1.234').problem).toBeTruthy()
  })
})
