import type { z } from 'zod'

type Project = (value: unknown) => unknown
type Def = { type: string; [key: string]: unknown }

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const KIND: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  enum: (v) => typeof v === 'string' || typeof v === 'number',
  literal: (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v),
  null: (v) => v === null,
}

function compile(schema: z.ZodType): Project {
  const def = defOf(schema)
  const parse: Project = (v) => schema.parse(v)
  const kind = KIND[def.type]
  if (kind) return (v) => (kind(v) ? v : parse(v))
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as z.ZodType | undefined
      if (catchall && defOf(catchall).type !== 'never') return parse
      const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(([key, s]) => [key, compile(s)] as const)
      return (v) => {
        if (!isRecord(v)) return parse(v)
        const out: Record<string, unknown> = {}
        for (const [key, project] of fields) {
          const x = project(v[key])
          if (x !== undefined) out[key] = x
        }
        return out
      }
    }
    case 'array': {
      const element = compile(def.element as z.ZodType)
      return (v) => (Array.isArray(v) ? v.map(element) : parse(v))
    }
    case 'record': {
      const value = compile(def.valueType as z.ZodType)
      return (v) => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x)])) : parse(v))
    }
    case 'optional': {
      const inner = compile(def.innerType as z.ZodType)
      return (v) => (v === undefined ? undefined : inner(v))
    }
    case 'nullable': {
      const inner = compile(def.innerType as z.ZodType)
      return (v) => (v === null ? null : inner(v))
    }
    case 'default': {
      const inner = compile(def.innerType as z.ZodType)
      return (v) => (v === undefined ? def.defaultValue : inner(v))
    }
    case 'lazy': {
      let inner: Project | undefined
      return (v) => {
        inner ??= compile((def.getter as () => z.ZodType)())
        return inner(v)
      }
    }
    case 'union': {
      // Unions of plain values only; a union of objects would need zod to pick the branch.
      const options = (def.options as z.ZodType[]).map((o) => KIND[defOf(o).type])
      if (options.some((k) => !k)) return parse
      return (v) => (options.some((k) => k!(v)) ? v : parse(v))
    }
    default:
      return parse // transforms, pipes and the rest: zod decides
  }
}

const compiled = new WeakMap<z.ZodType, Project>()

/**
 * Keeps only what an output schema names, so no unnamed field leaves a function — the part of
 * `schema.parse` that guards against leaks — without re-checking every format of values our own code built
 * from validated records. A value of the wrong kind, or a shape it cannot project exactly, goes to
 * `schema.parse`, which throws. Under load this is most of the difference between the API and raw SQLite
 * for list answers (docs/bench.md).
 *
 * Outside production every answer is also parsed by zod and the two must agree, so the whole test suite
 * checks the projection against zod on real answers.
 */
export function projectOutput(schema: z.ZodType, value: unknown, check = process.env.NODE_ENV !== 'production'): unknown {
  let project = compiled.get(schema)
  if (!project) {
    project = compile(schema)
    compiled.set(schema, project)
  }
  const out = project(value)
  if (check) {
    // Compared as the client receives them: JSON.
    if (JSON.stringify(out) !== JSON.stringify(schema.parse(value))) {
      throw new Error('the output projection disagrees with the contract schema')
    }
  }
  return out
}
