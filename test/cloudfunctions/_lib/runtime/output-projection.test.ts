import * as z from 'zod'
import { api } from '@shared/api'
import { projectOutput } from '../../../../cloudfunctions/_lib/runtime/output-projection'

const Item = z.object({
  id: z.string().regex(/^i\d+$/),
  tags: z.array(z.string()),
  note: z.string().nullable(),
  size: z.number().int().optional(),
})
const Answer = z.object({
  items: z.array(Item),
  extra: z.lazy(() => Item).nullable(),
  fields: z.record(z.string(), z.string()),
  kind: z.union([z.enum(['a', 'b']), z.literal('c')]),
  comment: z.string().default(''),
  next: z.string().nullable(),
})

const anItem = (n: number) => ({ id: `i${n}`, tags: ['t'], note: null, size: n })
const anAnswer = () => ({
  items: [anItem(1), anItem(2)],
  extra: anItem(3),
  fields: { k: 'v' },
  kind: 'c',
  comment: 'ok',
  next: null,
})

describe('projectOutput (production: project only)', () => {
  const project = (value: unknown) => projectOutput(Answer, value, false)

  it('gives what zod’s parse gives for a valid answer', () => {
    expect(JSON.stringify(project(anAnswer()))).toBe(JSON.stringify(Answer.parse(anAnswer())))
  })

  it('drops every field the schema does not name, at every depth', () => {
    const leaky = {
      ...anAnswer(),
      idNumber: '370000199001011234',
      items: [{ ...anItem(1), phone: '13800000000' }],
      extra: { ...anItem(3), account: '6217000012345678' },
    }
    const out = JSON.stringify(project(leaky))
    expect(out).not.toMatch(/idNumber|phone|account|370000|138000|621700/)
    expect(out).toBe(JSON.stringify(Answer.parse(leaky)))
  })

  it('fills defaults and keeps nulls and missing optionals as zod does', () => {
    const { comment, ...withoutComment } = anAnswer()
    void comment
    const answer = { ...withoutComment, items: [{ id: 'i1', tags: [], note: null }] }
    expect(project(answer)).toEqual(Answer.parse(answer))
    expect((project(answer) as { comment: string }).comment).toBe('')
  })

  it.each([
    ['an object where a string belongs', { ...anAnswer(), next: { secret: 'x' } }],
    ['a missing required field', { ...anAnswer(), items: [{ tags: [], note: null }] }],
    ['a list that is not a list', { ...anAnswer(), items: { 0: anItem(1) } }],
    ['a value outside a union of plain values', { ...anAnswer(), kind: { k: 1 } }],
  ])('refuses %s, through zod', (_label, bad) => {
    expect(() => project(bad)).toThrow(z.ZodError)
  })

  it('does not re-check formats of values it can pass through (the check mode does)', () => {
    const badFormat = { ...anAnswer(), items: [{ ...anItem(1), id: 'not-an-item-id' }] }
    expect(() => projectOutput(Answer, badFormat, false)).not.toThrow()
    expect(() => projectOutput(Answer, badFormat, true)).toThrow(z.ZodError)
  })
})

describe('projectOutput on the real contracts', () => {
  const outputs = Object.values(api).flatMap((fn) => Object.values(fn).map((c) => [`${c.fn}.${c.action}`, c.output] as const))

  it.each(outputs)('%s: refuses an answer of the wrong kind', (_name, schema) => {
    expect(() => projectOutput(schema, 'not an answer', false)).toThrow()
  })
})
