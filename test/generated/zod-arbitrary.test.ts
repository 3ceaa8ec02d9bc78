import fc from 'fast-check'
import * as z from 'zod'
import { ACTIONS, nameOf } from './targets'
import { arbitraryOf, sampleOf } from './zod-arbitrary'

const SCHEMAS: Record<string, z.ZodType> = {
  'strict object with optional and default': z
    .object({ a: z.string().min(2).max(5), b: z.number().optional(), c: z.boolean().default(false) })
    .strict(),
  'string matching a pattern': z.string().regex(/^[A-Z]{2}\d{3}$/),
  'trimmed string with real content': z.string().trim().min(4).max(10),
  'bounded integer': z.number().int().min(-3).max(3),
  'enum, literal, union': z.union([z.enum(['x', 'y']), z.literal(7), z.null()]),
  'array with limits': z.array(z.string().min(1)).min(1).max(3),
  nullable: z.string().min(1).nullable(),
  'transform (the caller sends its input side)': z.string().regex(/^\d+$/).transform(Number),
  'pipe into a refinement': z.string().min(1).pipe(z.string().max(3)),
  refined: z
    .number()
    .int()
    .min(0)
    .max(100)
    .refine((n) => n % 2 === 0),
}

describe('zod → arbitrary', () => {
  it.each(Object.entries(SCHEMAS))('%s: every value is accepted by the schema', (_name, schema) => {
    fc.assert(
      fc.property(arbitraryOf(schema), (v) => schema.safeParse(v).success),
      { numRuns: 100 },
    )
  })

  it.each(ACTIONS.map((c) => [nameOf(c), c] as const))('%s: its input has a sample', (_name, c) => {
    expect(c.input.safeParse(sampleOf(c.input)).success).toBe(true)
  })

  it('names a construct it cannot follow instead of guessing', () => {
    expect(() => arbitraryOf(z.date())).toThrow(/schema type 'date' is not supported/)
  })
})
