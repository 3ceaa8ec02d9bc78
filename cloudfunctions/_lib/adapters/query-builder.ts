import {
  DEFAULT_LIMIT,
  MAX_READ,
  StoreError,
  type Cmp,
  type Collection,
  type Doc,
  type DocRef,
  type Patch,
  type Query,
  type Scalar,
  type Where,
} from '@shared/ports/document-store'

/**
 * The query builder both document-store adapters share, so they validate and interpret a query the same way
 * and differ only in how they run it. Builders are immutable: every call returns a new query.
 * Builder calls never throw; a bad query is reported when it runs (get / count reject with StoreError),
 * so errors arrive through one channel.
 */

export interface Condition {
  field: string
  cmp: Cmp
}

export interface Order {
  field: string
  direction: 'asc' | 'desc'
}

/** A query as the adapters receive it. `where` calls accumulate: all conditions must hold. */
export interface QuerySpec {
  collection: string
  conditions: readonly Condition[]
  orders: readonly Order[]
  skip: number
  /** undefined means "not given": reads then return DEFAULT_LIMIT documents, as CloudBase does. */
  limit: number | undefined
  /** Set when a builder call received something invalid; reported by get() / count(). */
  problem?: StoreError
}

/** What an adapter does with a checked query. `find` receives orders with the _id tie-break and a definite limit. */
export interface QueryRunner<T extends Doc> {
  find(spec: QuerySpec & { limit: number }): Promise<T[]>
  count(spec: QuerySpec): Promise<number>
  sum(spec: QuerySpec, field: string): Promise<number>
}

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/
const COLLECTION_NAME = /^[a-z][a-z0-9_]*$/
const OPS = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'])

/** Collection names become SQLite table names, so they are checked strictly (this is what stops SQL injection). */
export function checkCollectionName(name: string): string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name) || name.startsWith('sqlite_')) {
    throw new StoreError('UNSUPPORTED', `invalid collection name ${JSON.stringify(name)}: use [a-z][a-z0-9_]*`)
  }
  return name
}

/** Field paths are inlined into SQL (json_extract paths must be literals for indexes to apply), so they are checked. */
export function isFieldPath(field: string): boolean {
  return typeof field === 'string' && FIELD_PATH.test(field)
}

export function checkDocId(id: string): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 256) {
    throw new StoreError('UNSUPPORTED', `invalid document id ${JSON.stringify(id)}`)
  }
  return id
}

function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
}

function isCmp(value: unknown): value is Cmp {
  return typeof value === 'object' && value !== null && '$op' in value
}

function checkCondition(field: string, value: unknown): Condition {
  if (!isFieldPath(field)) throw new StoreError('UNSUPPORTED', `invalid field path ${JSON.stringify(field)}`)
  if (!isCmp(value)) {
    if (!isScalar(value)) throw new StoreError('UNSUPPORTED', `field ${field}: value must be a string, number, boolean or null`)
    return { field, cmp: { $op: 'eq', value } }
  }
  const { $op, value: operand } = value as { $op: string; value: unknown }
  if (!OPS.has($op)) throw new StoreError('UNSUPPORTED', `field ${field}: unknown operator ${String($op)}`)
  if ($op === 'in' || $op === 'nin') {
    if (!Array.isArray(operand) || !operand.every(isScalar)) {
      throw new StoreError('UNSUPPORTED', `field ${field}: ${$op} takes a list of scalars`)
    }
  } else if (!isScalar(operand)) {
    throw new StoreError('UNSUPPORTED', `field ${field}: ${$op} takes a string, number, boolean or null`)
  }
  return { field, cmp: value }
}

/**
 * Sort keys with the tie-break appended: equal keys are ordered by _id in the direction of the last key,
 * so paging is stable and an index ending in the id column can serve the whole ORDER BY.
 * Without sort keys, results come in _id order.
 */
export function ordersWithTieBreak(orders: readonly Order[]): Order[] {
  const cut = orders.findIndex((o) => o.field === '_id')
  if (cut >= 0) return orders.slice(0, cut + 1) // keys after _id can never matter
  const last = orders[orders.length - 1]
  return [...orders, { field: '_id', direction: last ? last.direction : 'asc' }]
}

export class QueryBuilder<T extends Doc> implements Query<T> {
  constructor(
    protected readonly runner: QueryRunner<T>,
    readonly spec: QuerySpec,
  ) {}

  protected next(change: Partial<QuerySpec>): QueryBuilder<T> {
    return new QueryBuilder(this.runner, { ...this.spec, ...change })
  }

  private fail(problem: StoreError): QueryBuilder<T> {
    return this.next({ problem: this.spec.problem ?? problem })
  }

  where(where: Where): Query<T> {
    if (typeof where !== 'object' || where === null) return this.fail(new StoreError('UNSUPPORTED', 'where takes an object'))
    try {
      const added = Object.entries(where).map(([field, value]) => checkCondition(field, value))
      return this.next({ conditions: [...this.spec.conditions, ...added] })
    } catch (error) {
      return this.fail(error as StoreError)
    }
  }

  orderBy(field: string, direction: 'asc' | 'desc'): Query<T> {
    if (!isFieldPath(field)) return this.fail(new StoreError('UNSUPPORTED', `invalid field path ${JSON.stringify(field)}`))
    if (direction !== 'asc' && direction !== 'desc') {
      return this.fail(new StoreError('UNSUPPORTED', `orderBy direction must be 'asc' or 'desc'`))
    }
    // Ordering twice by one field changes its direction in place, as CloudBase's orderBy does.
    const at = this.spec.orders.findIndex((o) => o.field === field)
    const orders =
      at >= 0
        ? this.spec.orders.map((o, i) => (i === at ? { field, direction } : o))
        : [...this.spec.orders, { field, direction }]
    return this.next({ orders })
  }

  skip(n: number): Query<T> {
    if (!Number.isInteger(n) || n < 0)
      return this.fail(new StoreError('UNSUPPORTED', `skip must be a whole number ≥ 0, got ${n}`))
    return this.next({ skip: n })
  }

  limit(n: number): Query<T> {
    if (typeof n === 'number' && Number.isInteger(n) && n > MAX_READ) {
      return this.fail(new StoreError('LIMIT_EXCEEDED', `limit ${n} exceeds the maximum of ${MAX_READ} documents per read`))
    }
    if (!Number.isInteger(n) || n < 1)
      return this.fail(new StoreError('UNSUPPORTED', `limit must be a whole number from 1 to ${MAX_READ}, got ${n}`))
    return this.next({ limit: n })
  }

  async get(): Promise<T[]> {
    if (this.spec.problem) throw this.spec.problem
    return this.runner.find({
      ...this.spec,
      orders: ordersWithTieBreak(this.spec.orders),
      limit: this.spec.limit ?? DEFAULT_LIMIT,
    })
  }

  /** Counts every match: skip and limit do not apply. */
  async count(): Promise<number> {
    if (this.spec.problem) throw this.spec.problem
    return this.runner.count(this.spec)
  }

  /** Adds up `field` over every match: skip and limit do not apply. */
  async sum(field: string): Promise<number> {
    if (this.spec.problem) throw this.spec.problem
    if (!isFieldPath(field) || field === '_id') throw new StoreError('UNSUPPORTED', `invalid field path ${JSON.stringify(field)}`)
    return this.runner.sum(this.spec, field)
  }
}

export interface CollectionOps<T extends Doc> {
  doc(id: string): DocRef<T>
  add(data: Omit<T, '_id'>): Promise<string>
  /** Receives checked conditions and a checked, non-empty patch. */
  updateWhere(conditions: readonly Condition[], entries: ReadonlyArray<[string, unknown]>): Promise<number>
}

export class CollectionBuilder<T extends Doc> extends QueryBuilder<T> implements Collection<T> {
  constructor(
    runner: QueryRunner<T>,
    name: string,
    private readonly ops: CollectionOps<T>,
  ) {
    super(runner, { collection: checkCollectionName(name), conditions: [], orders: [], skip: 0, limit: undefined })
  }

  doc(id: string): DocRef<T> {
    return this.ops.doc(id)
  }

  add(data: Omit<T, '_id'>): Promise<string> {
    return this.ops.add(data)
  }

  async updateWhere(where: Where, patch: Patch): Promise<number> {
    const query = this.where(where) as QueryBuilder<T>
    if (query.spec.problem) throw query.spec.problem
    // An update of a whole collection is never meant; CloudBase refuses it too.
    if (query.spec.conditions.length === 0) throw new StoreError('UNSUPPORTED', 'updateWhere needs at least one condition')
    const entries = checkPatch(patch)
    for (const [key] of entries) {
      if (!isFieldPath(key)) throw new StoreError('UNSUPPORTED', `update field ${JSON.stringify(key)}: use a plain field name`)
    }
    if (entries.length === 0) return 0
    return this.ops.updateWhere(query.spec.conditions, entries)
  }
}

/** The stored body of a document: `_id` is the ref's (or a fresh one for add), so one in the data is ignored. */
export function bodyOf(data: object): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StoreError('UNSUPPORTED', 'document data must be an object')
  }
  const { _id: _ignored, ...body } = data as Record<string, unknown>
  return body
}

/**
 * A checked patch: top-level field names only (a dotted name would mean a nested update on CloudBase but a
 * literal key on SQLite, so it is refused); undefined values are dropped, as the CloudBase SDK drops them.
 */
export function checkPatch(patch: Patch): Array<[string, unknown]> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new StoreError('UNSUPPORTED', 'update takes an object of fields')
  }
  const entries: Array<[string, unknown]> = []
  for (const [key, value] of Object.entries(patch)) {
    if (key === '_id' || value === undefined) continue
    if (key.includes('.') || key.startsWith('$') || key.length === 0) {
      throw new StoreError('UNSUPPORTED', `update field ${JSON.stringify(key)}: only top-level field names are allowed`)
    }
    entries.push([key, value])
  }
  return entries
}
