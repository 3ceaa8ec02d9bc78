import fc from 'fast-check'
import * as z from 'zod'
import type { ActionContract } from '@shared/api/contract'
import { ERROR_CODES } from '@shared/api/errors'
import { caller } from '../cloudfunctions/call'
import { reusableWorld } from './reusable-world'
import { ACTIONS, allowedIdentity, nameOf, TARGET_RESOLVERS, targetFields, targetFor } from './targets'
import { arbitraryOf, shapeOf } from './zod-arbitrary'

/**
 * Bad input for every action, sent by a caller the action lets in: junk of every kind and valid inputs
 * with one field broken. Whatever arrives, the answer is an envelope, never INTERNAL, and a refusal
 * changes nothing. `npm run fuzz` sets ANJU_FUZZ_RUNS for the long run.
 */
const RUNS = Number(process.env.ANJU_FUZZ_RUNS ?? 200)

const Envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }).strict(),
  z
    .object({
      ok: z.literal(false),
      error: z
        .object({
          code: z.enum(Object.keys(ERROR_CODES) as [string, ...string[]]),
          message: z.string().min(1),
          details: z.unknown(),
        })
        .strict(),
    })
    .strict(),
])

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']

const oddNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.1,
  -1,
  5e-324,
)
const oddString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u200b\u200b\u200b\u200b',
    '\u0000',
    '\ud800',
    '‮abc',
    '𠮷'.repeat(10_000),
    'x'.repeat(100_000),
    '../../etc/passwd',
    '{"$gt":""}',
    '2026-02-30',
    '0000-00-00',
  ),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
)
const oddScalar = fc.oneof(oddNumber, oddString, fc.boolean(), fc.constant(null), fc.integer())
/** Objects whose keys are written as own properties, '__proto__' included, as JSON.parse would make them. */
const objectOf = (keys: fc.Arbitrary<string>, values: fc.Arbitrary<unknown>) =>
  fc.array(fc.tuple(keys, values), { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs))
const junkValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    objectOf(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, '$where', 'action'), fc.string({ maxLength: 8 })), tie('value')),
    fc.constantFrom(
      Array.from({ length: 10_000 }, () => 'a'),
      Array.from({ length: 1000 }, (_, i) => ({ i })),
    ),
  ),
})).value

/** Junk fields, under the action's own field names as well as keys it has never heard of. */
function junkInput(c: ActionContract): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(shapeOf(c.input) ?? {})
  const key = fc.oneof(fc.constantFrom(...fields, ...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }))
  return objectOf(key, junkValue)
}

/** A valid input naming the caller's own records, with one field removed, replaced by junk, or one added. */
function nearValidInput(
  c: ActionContract,
  fill: (valid: Record<string, unknown>) => Record<string, unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(shapeOf(c.input) ?? {})
  const valid = arbitraryOf(c.input).map((v) => ({ ...(v as Record<string, unknown>), ...fill(v as Record<string, unknown>) }))
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('drop' as const), field: fc.constantFrom('', ...fields) }),
    fc.record({ op: fc.constant('junk' as const), field: fc.constantFrom('', ...fields), value: junkValue }),
    fc.record({
      op: fc.constant('extra' as const),
      field: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 })),
      value: junkValue,
    }),
  )
  return fc.tuple(valid, mutation).map(([input, m]) => {
    const out = { ...input }
    if (m.op === 'drop') delete out[m.field]
    else Object.defineProperty(out, m.field, { value: m.value, enumerable: true, writable: true, configurable: true })
    return out
  })
}

/** Runs per action, by answer, so a run that never got past the parser shows as such. */
const totals: Record<string, Record<string, number>> = {}

describe('bad input never breaks a function', () => {
  afterAll(() => {
    const sum = (codes: Record<string, number>) => Object.values(codes).reduce((a, b) => a + b, 0)
    const lines = Object.entries(totals).map(
      ([name, codes]) =>
        `  ${name}: ${sum(codes)} runs (${Object.entries(codes)
          .map(([code, n]) => `${code} ${n}`)
          .join(', ')})`,
    )
    const all = Object.values(totals).reduce((a, codes) => a + sum(codes), 0)
    console.log(`fuzz: ${all} calls, ${RUNS} per action\n${lines.join('\n')}`)
  })

  it.each(ACTIONS.map((c) => [nameOf(c), c] as const))(
    '%s: always an envelope, never INTERNAL, a refusal changes nothing',
    async (name, c) => {
      const worlds = reusableWorld()
      const who = allowedIdentity(c)
      const target = targetFor(await worlds.world(), who, 'inside')
      const fill = (v: Record<string, unknown>) =>
        Object.fromEntries(targetFields(c).map((f) => [f, TARGET_RESOLVERS[f]!.pick(target, v[f])]))
      const event = fc.oneof(
        junkInput(c).map((input) => ({ ...input, action: c.action })),
        nearValidInput(c, fill).map((input) => ({ ...input, action: c.action })),
        junkValue,
      )
      const codes: Record<string, number> = {}
      try {
        await fc.assert(
          fc.asyncProperty(event, async (data) => {
            const world = await worlds.world()
            const answer = await caller(world)(c.fn, who.openid, data)
            const code = answer.ok ? 'ok' : answer.error.code
            codes[code] = (codes[code] ?? 0) + 1
            expect(Envelope.safeParse(answer).success).toBe(true)
            expect(code).not.toBe('INTERNAL')
            if (!answer.ok) expect(await worlds.unchanged()).toBe(true)
            else await worlds.unchanged()
          }),
          { numRuns: RUNS },
        )
      } finally {
        totals[name] = codes
        worlds.close()
      }
    },
    60_000 + RUNS * 100,
  )
})
