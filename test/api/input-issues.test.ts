import * as z from 'zod'
import { issuesMessage, plainIssue } from '@shared/api/input-issues'

const form = z
  .object({
    caseId: z.string().min(1),
    note: z.string().max(4),
    amountFen: z.number().int().min(1, { message: '金额必须大于0' }),
    decision: z.enum(['approve', 'return']),
    photos: z.array(z.string()).max(2),
  })
  .strict()

const messagesOf = (input: unknown) => {
  const r = form.safeParse(input, { error: plainIssue })
  if (r.success) throw new Error('expected a refusal')
  return { each: r.error.issues.map((i) => i.message), line: issuesMessage(r.error.issues) }
}

describe('input problems in plain Chinese', () => {
  it('words each kind of problem zod finds without an English default', () => {
    const { each } = messagesOf({ note: 'abcdef', amountFen: 1.5, decision: 'drop', photos: ['a', 'b', 'c'], openid: 'x' })
    expect(each).toEqual([
      '缺少这一项',
      '不能超过4个字',
      '应填整数',
      '应为以下之一：approve、return',
      '不能超过2项',
      '不接受这些字段：openid',
    ])
  })

  it('keeps the message a schema wrote itself', () => {
    expect(messagesOf({ caseId: 'c', note: '', amountFen: 0, decision: 'approve', photos: [] }).each).toEqual(['金额必须大于0'])
  })

  it('leads each problem with its field, and says a repeated one once', () => {
    const { line } = messagesOf({ caseId: '', note: '', amountFen: 'ten', decision: 'approve', photos: [] })
    expect(line).toBe('caseId：不能为空；amountFen：应填数字')
    expect(line).not.toMatch(/expected|Invalid|Too (big|small)/)
  })
})
