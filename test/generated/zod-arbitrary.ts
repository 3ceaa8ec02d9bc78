import fc from 'fast-check'
import type { z } from 'zod'

/**
 * A fast-check arbitrary of values a zod schema accepts, read from the schema itself so a new field or
 * a tightened limit in a contract is followed the day it lands. It covers what the contracts use; a
 * construct it does not know fails loudly, naming it, rather than producing inputs that never parse.
 * Refinements (`.refine`) cannot be read, so the result is filtered through the schema at the end.
 */
export function arbitraryOf<S extends z.ZodType>(schema: S): fc.Arbitrary<z.input<S>> {
  return raw(schema).filter((v) => schema.safeParse(v).success) as fc.Arbitrary<z.input<S>>
}

/** One valid value, the same for the same seed, for tests that need a single well-formed input. */
export function sampleOf<S extends z.ZodType>(schema: S, seed = 7): z.input<S> {
  const [value] = fc.sample(arbitraryOf(schema), { numRuns: 1, seed })
  return value as z.input<S>
}

type Def = { type: string; [k: string]: unknown }
type Check = { check: string; [k: string]: unknown }

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def
const checksOf = (schema: z.ZodType): Check[] =>
  ((defOf(schema).checks as Array<{ _zod: { def: Check } }> | undefined) ?? []).map((c) => c._zod.def)

/** The object shape under wrappers (refine, pipe, optional…), or null when the schema is not an object. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(schema)
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>
  if (def.type === 'pipe') return shapeOf(def.in as z.ZodType)
  if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) {
    return shapeOf(def.innerType as z.ZodType)
  }
  return null
}

function raw(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return stringOf(schema)
    case 'number':
      return numberOf(schema)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'array': {
      const checks = checksOf(schema)
      const min = checks.find((c) => c.check === 'min_length')?.minimum as number | undefined
      const max = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined
      return fc.array(raw(def.element as z.ZodType), { minLength: min ?? 0, maxLength: Math.min(max ?? 5, 5) })
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      const entries = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, raw(s)]))
      const optional = Object.entries(shape)
        .filter(([, s]) => ['optional', 'default'].includes(defOf(s).type))
        .map(([k]) => k)
      const required = Object.keys(shape).filter((k) => !optional.includes(k))
      return fc.record(entries, { requiredKeys: required })
    }
    case 'record':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), raw(def.valueType as z.ZodType), { maxKeys: 3 })
    case 'optional':
      return fc.option(raw(def.innerType as z.ZodType), { nil: undefined })
    case 'nullable':
      return fc.option(raw(def.innerType as z.ZodType), { nil: null })
    case 'default':
    case 'prefault':
      return fc.option(raw(def.innerType as z.ZodType), { nil: undefined })
    case 'readonly':
      return raw(def.innerType as z.ZodType)
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map(raw))
    case 'pipe':
      // A transform's input side is what a caller sends.
      return raw(def.in as z.ZodType)
    case 'lazy':
      return raw((def.getter as () => z.ZodType)())
    default:
      throw new Error(`zod-arbitrary: schema type '${def.type}' is not supported yet; add it to test/generated/zod-arbitrary.ts`)
  }
}

function stringOf(schema: z.ZodType): fc.Arbitrary<string> {
  const checks = checksOf(schema)
  const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0
  const formats = checks.filter((c) => c.check === 'string_format')
  // A pattern sets its own length (a 64-digit hash): the default cap for free text would filter every sample out
  // and leave fast-check looking for one for ever.
  const max =
    (checks.find((c) => c.check === 'max_length')?.maximum as number | undefined) ?? (formats.length > 0 ? Infinity : 40)
  const known = ['overwrite', 'min_length', 'max_length', 'length_equals', 'string_format', 'custom']
  const unknown = checks.find((c) => !known.includes(c.check))
  if (unknown) throw new Error(`zod-arbitrary: string check '${unknown.check}' is not supported yet`)
  if (formats.length > 0) {
    const pattern = formats[0]!.pattern as RegExp | undefined
    if (!pattern) throw new Error(`zod-arbitrary: string format '${String(formats[0]!.format)}' has no pattern to follow`)
    return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max)
  }
  // Readable text with real content, so trimming and minimum lengths are met as people would meet them.
  const word = fc.constantFrom('房屋', '开裂', '漏雨', '墙体', '危险', '申请', '改造', 'ok', '12', '（', '）')
  return fc
    .array(word, { minLength: Math.ceil(min / 2), maxLength: Math.max(Math.ceil(min / 2), Math.min(Math.floor(max / 2), 20)) })
    .map((parts) => parts.join(''))
    .filter((s) => s.trim().length >= min && s.length <= max)
}

function numberOf(schema: z.ZodType): fc.Arbitrary<number> {
  const checks = checksOf(schema)
  const isInt = checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'))
  let min = isInt ? -1_000_000 : -1e6
  let max = isInt ? 1_000_000 : 1e6
  for (const c of checks) {
    if (c.check === 'greater_than') min = (c.value as number) + (c.inclusive ? 0 : isInt ? 1 : Number.EPSILON)
    if (c.check === 'less_than') max = (c.value as number) - (c.inclusive ? 0 : isInt ? 1 : Number.EPSILON)
  }
  return isInt ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}
