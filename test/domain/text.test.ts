import { hasRealContent, normaliseText } from '@shared/domain/text'
import { FreeText } from '@shared/schemas/text'

/** Text one person types and another reads: normalised, and refused when it says nothing. */
describe('normaliseText', () => {
  it('folds full-width forms, drops zero-width and control characters, trims and collapses spaces', () => {
    expect(normaliseText('\u200b  ＡＢＣ\u00a0\u3000 房屋\u200d开裂\u0007  \ufeff', { multiline: false })).toBe('ABC 房屋开裂')
  })

  it('keeps paragraphs in long text but never more than one blank line, and trims each line', () => {
    expect(normaliseText('第一段  \r\n\r\n\r\n\r\n  第二段\u2028第三段', { multiline: true })).toBe('第一段\n\n第二段\n第三段')
  })

  it('puts a single-line field on one line', () => {
    expect(normaliseText('墙体\n开裂', { multiline: false })).toBe('墙体 开裂')
  })

  it('counts letters of any script and Chinese characters as content, not emoji, digits or punctuation', () => {
    for (const yes of ['漏雨', 'leak', 'Ünal', '𠮷']) expect(hasRealContent(yes)).toBe(true)
    for (const no of ['', '😀😀😀😀', '。。。。', '!!!!', '1234', '\u0301\u0301']) expect(hasRealContent(no)).toBe(false)
  })
})

describe('FreeText', () => {
  const Reason = FreeText({ min: 4, max: 10, label: '申请理由', multiline: true })
  const Comment = FreeText({ min: 0, max: 10, label: '意见' })
  const messageOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) => {
    expect(r.success).toBe(false)
    expect(r.error?.issues).toHaveLength(1)
    return r.error?.issues[0]?.message
  }

  it('gives the normalised text', () => {
    expect(Reason.parse('  墙体\u200b开裂  ')).toBe('墙体开裂')
  })

  it.each([
    ['four zero-width spaces', '\u200b\u200b\u200b\u200b'],
    ['only emoji', '😀😀😀😀😀'],
    ['only spaces', '      '],
    ['only punctuation', '！！！！？？'],
    ['only digits', '12345678'],
  ])('refuses %s as a reason', (_name, text) => {
    expect(messageOf(Reason.safeParse(text))).toMatch(/申请理由/)
  })

  it('counts real characters after normalisation for the minimum, naming the field and the limit', () => {
    expect(messageOf(Reason.safeParse('漏\u200b\u200b\u200b'))).toBe('请说明申请理由（至少4个字）')
    expect(messageOf(Reason.safeParse('漏 雨 了'))).toBe('请说明申请理由（至少4个字）')
    expect(Reason.safeParse('𠮷𠮷𠮷𠮷').success).toBe(true)
  })

  it('names the field and the limit when too long', () => {
    expect(messageOf(Reason.safeParse('墙'.repeat(11)))).toBe('申请理由不超过10字')
    expect(Reason.safeParse(`${'墙'.repeat(10)}\u200b\u200b`).success).toBe(true)
  })

  it('lets an optional field be empty but not meaningless', () => {
    expect(Comment.parse('\u200b ')).toBe('')
    expect(messageOf(Comment.safeParse('。。'))).toMatch(/意见/)
  })
})

describe('Chinese punctuation', () => {
  it('keeps full-width punctuation while folding full-width letters and digits', () => {
    expect(normaliseText('墙体开裂，屋顶漏雨！（ＡＢ区１２号）', { multiline: false })).toBe('墙体开裂，屋顶漏雨！（AB区12号）')
  })
})
