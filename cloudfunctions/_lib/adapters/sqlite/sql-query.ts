import type { Scalar } from '@shared/ports/document-store'
import { isFieldPath, type Condition, type Order, type QuerySpec } from '../query-builder'

/**
 * Translates a checked QuerySpec into SQL over tables `(id TEXT PRIMARY KEY, doc TEXT)` holding JSON documents.
 *
 * Field paths are inlined as json_extract(doc,'$.a.b') — the one spelling also used by CREATE INDEX, so the
 * planner matches index expressions. They are safe to inline because isFieldPath admits identifiers and dots only.
 * Every value is a bound parameter.
 *
 * Matching follows MongoDB (CloudBase's engine): comparisons only match values of the same type (a number
 * never equals a string or a boolean; `lt('m')` does not match numbers), null matches null or a missing field,
 * and neq / nin also match documents where the field is missing.
 */

export interface Sql {
  sql: string
  params: unknown[]
}

export function table(collection: string): string {
  return `"${collection}"` // the name was checked by checkCollectionName
}

/** The SQL expression for a field: the id column for `_id`, json_extract for any other path. */
export function fieldExpr(field: string): string {
  if (field === '_id') return 'id'
  if (!isFieldPath(field)) throw new Error(`invalid field path ${field}`)
  return `json_extract(doc,'$.${field}')`
}

function typeExpr(field: string): string {
  return `json_type(doc,'$.${field}')`
}

const NOT_BOOLEAN = `NOT IN ('true','false')`
const NOTHING: Sql = { sql: '0', params: [] }
const EVERYTHING: Sql = { sql: '1', params: [] }

/** An equality that is true or NULL-ish false; negate only through `negate`. */
function equals(field: string, value: Scalar): Sql {
  const e = fieldExpr(field)
  if (field === '_id') return typeof value === 'string' ? { sql: `id = ?`, params: [value] } : NOTHING
  if (value === null) return { sql: `${e} IS NULL`, params: [] }
  // json_extract turns JSON true/false into 1/0, so booleans are told apart from numbers by json_type.
  if (typeof value === 'boolean') return { sql: `(${e} = ${value ? 1 : 0} AND ${typeExpr(field)} = '${value}')`, params: [] }
  if (typeof value === 'number' && (value === 0 || value === 1)) {
    return { sql: `(${e} = ? AND ${typeExpr(field)} ${NOT_BOOLEAN})`, params: [value] }
  }
  return { sql: `${e} = ?`, params: [value] }
}

const RANGE_SQL = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const

function range(field: string, op: keyof typeof RANGE_SQL, value: Scalar): Sql {
  const e = fieldExpr(field)
  const sqlOp = RANGE_SQL[op]
  if (value === null) return op === 'gte' || op === 'lte' ? { sql: `${e} IS NULL`, params: [] } : NOTHING
  if (field === '_id') return typeof value === 'string' ? { sql: `id ${sqlOp} ?`, params: [value] } : NOTHING
  // SQLite orders numbers before all text; the type test keeps `lt('m')` from matching numbers and the like.
  if (typeof value === 'boolean') {
    return { sql: `(${e} ${sqlOp} ${value ? 1 : 0} AND ${typeExpr(field)} IN ('true','false'))`, params: [] }
  }
  if (typeof value === 'number') return { sql: `(${e} ${sqlOp} ? AND ${typeExpr(field)} IN ('integer','real'))`, params: [value] }
  return { sql: `(${e} ${sqlOp} ? AND ${typeExpr(field)} = 'text')`, params: [value] }
}

function oneOf(field: string, values: readonly Scalar[]): Sql {
  const e = fieldExpr(field)
  const plain = values.filter((v): v is string | number =>
    field === '_id' ? typeof v === 'string' : typeof v === 'string' || typeof v === 'number',
  )
  const parts: Sql[] = []
  if (plain.length > 0) {
    const list = `${e} IN (${plain.map(() => '?').join(',')})`
    const needsTypeTest = field !== '_id' && plain.some((v) => v === 0 || v === 1)
    parts.push({ sql: needsTypeTest ? `(${list} AND ${typeExpr(field)} ${NOT_BOOLEAN})` : list, params: plain })
  }
  if (field !== '_id') {
    if (values.includes(true)) parts.push({ sql: `${typeExpr(field)} = 'true'`, params: [] })
    if (values.includes(false)) parts.push({ sql: `${typeExpr(field)} = 'false'`, params: [] })
    if (values.includes(null)) parts.push({ sql: `${e} IS NULL`, params: [] })
  }
  if (parts.length === 0) return NOTHING // in [] matches nothing
  if (parts.length === 1) return parts[0]
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) }
}

/** NOT that also holds where the positive test is NULL (missing field), as Mongo's $ne / $nin do. */
function negate(positive: Sql): Sql {
  if (positive === NOTHING) return EVERYTHING
  return { sql: `NOT COALESCE(${positive.sql}, 0)`, params: positive.params }
}

function conditionSql({ field, cmp }: Condition): Sql {
  switch (cmp.$op) {
    case 'eq':
      return equals(field, cmp.value)
    case 'neq':
      return negate(equals(field, cmp.value))
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return range(field, cmp.$op, cmp.value)
    case 'in':
      return oneOf(field, cmp.value)
    case 'nin':
      return negate(oneOf(field, cmp.value))
  }
}

function whereSql(conditions: readonly Condition[]): Sql {
  if (conditions.length === 0) return { sql: '', params: [] }
  const parts = conditions.map(conditionSql)
  return { sql: ` WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) }
}

function orderSql(orders: readonly Order[]): string {
  if (orders.length === 0) return ''
  return ` ORDER BY ${orders.map((o) => `${fieldExpr(o.field)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`
}

/** `orders` must already carry the _id tie-break (QueryBuilder.get adds it). */
export function selectSql(spec: QuerySpec & { limit: number }): Sql {
  const where = whereSql(spec.conditions)
  return {
    sql: `SELECT id, doc FROM ${table(spec.collection)}${where.sql}${orderSql(spec.orders)} LIMIT ? OFFSET ?`,
    params: [...where.params, spec.limit, spec.skip],
  }
}

export function countSql(spec: QuerySpec): Sql {
  const where = whereSql(spec.conditions)
  return { sql: `SELECT count(*) AS n FROM ${table(spec.collection)}${where.sql}`, params: where.params }
}

/** The sum of a field's numbers over the matches (other values count as 0), 0 when nothing matches. */
export function sumSql(spec: QuerySpec, field: string): Sql {
  const where = whereSql(spec.conditions)
  const e = fieldExpr(field)
  return {
    sql: `SELECT coalesce(sum(CASE WHEN ${typeExpr(field)} IN ('integer','real') THEN ${e} ELSE 0 END), 0) AS n FROM ${table(spec.collection)}${where.sql}`,
    params: where.params,
  }
}

/** One UPDATE that sets top-level fields on every match; values go in as JSON text, so objects and null keep their type. */
export function updateWhereSql(
  collection: string,
  conditions: readonly Condition[],
  entries: ReadonlyArray<[string, unknown]>,
): Sql {
  const where = whereSql(conditions)
  const sets = entries.map(([key]) => {
    if (!isFieldPath(key) || key.includes('.')) throw new Error(`invalid field name ${key}`)
    return `'$.${key}', json(?)`
  })
  return {
    sql: `UPDATE ${table(collection)} SET doc = json_set(doc, ${sets.join(', ')})${where.sql}`,
    params: [...entries.map(([, value]) => JSON.stringify(value)), ...where.params],
  }
}

export function createTableSql(collection: string): string {
  return `CREATE TABLE IF NOT EXISTS ${table(collection)} (id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL) STRICT`
}

/**
 * An index on the json_extract expressions of `fields`. Non-unique indexes end with the id column so that
 * `ORDER BY <fields>, id` (the tie-break every read adds) is served by the index without a sort step.
 */
export function createIndexSql(collection: string, fields: readonly string[], unique: boolean): string {
  const name = `ix_${collection}__${fields.map((f) => f.replace(/\./g, '_')).join('__')}${unique ? '__unique' : ''}`
  const columns = fields.map(fieldExpr)
  if (!unique && !fields.includes('_id')) columns.push('id')
  return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${name}" ON ${table(collection)} (${columns.join(', ')})`
}
