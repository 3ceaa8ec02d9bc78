import * as z from 'zod'

type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  default?: unknown
  additionalProperties?: JsonSchema | boolean
}

const SAFE = 9007199254740991

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ')
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ')
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``
  if (s.type === 'array') return `${s.items ? typeOf(s.items) : 'unknown'}[]`
  if (s.type === 'object' && !s.properties && typeof s.additionalProperties === 'object') {
    return `Record<string, ${typeOf(s.additionalProperties)}>`
  }
  return Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'unknown')
}

function constraints(s: JsonSchema): string {
  const parts: string[] = []
  if (s.pattern) parts.push(`pattern \`${s.pattern}\``)
  if (s.format) parts.push(s.format)
  if (s.minimum !== undefined && s.minimum !== -SAFE) parts.push(`≥ ${s.minimum}`)
  if (s.maximum !== undefined && s.maximum !== SAFE) parts.push(`≤ ${s.maximum}`)
  if (s.minLength !== undefined) parts.push(`length ≥ ${s.minLength}`)
  if (s.maxLength !== undefined) parts.push(`length ≤ ${s.maxLength}`)
  if (s.minItems !== undefined) parts.push(`items ≥ ${s.minItems}`)
  if (s.maxItems !== undefined) parts.push(`items ≤ ${s.maxItems}`)
  if (s.default !== undefined) parts.push(`default \`${JSON.stringify(s.default)}\``)
  return parts.join(', ')
}

/** Flattens an object schema into rows of dotted paths, so nested shapes read as one table. */
function rows(s: JsonSchema, depth: number, prefix = '', out: string[] = []): string[] {
  const object = s.anyOf?.find((a) => a.type === 'object') ?? s
  for (const [key, prop] of Object.entries(object.properties ?? {})) {
    const path = prefix + key
    const required = object.required?.includes(key) ? 'yes' : 'no'
    out.push(`| \`${path}\` | ${typeOf(prop)} | ${required} | ${constraints(prop)} |`)
    const inner = prop.anyOf?.find((a) => a.type === 'object' || a.type === 'array') ?? prop
    if (depth <= 1) continue
    if (inner.type === 'object' && inner.properties) rows(inner, depth - 1, `${path}.`, out)
    if (inner.type === 'array' && inner.items?.type === 'object') rows(inner.items, depth - 1, `${path}[].`, out)
  }
  return out
}

/** A markdown table of a schema's fields (nested objects as dotted paths; `depth: 1` for the top level only). */
export function table(schema: z.ZodType, io: 'input' | 'output', depth = Number.POSITIVE_INFINITY): string {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema
  const body = rows(json, depth)
  if (body.length === 0) return '_(no fields)_'
  return ['| field | type | required | constraints |', '|---|---|---|---|', ...body].join('\n')
}
