/**
 * The document store, shaped after the subset of the CloudBase database API we use.
 * It offers only what CloudBase can do, so code that runs on the embedded adapter runs on CloudBase:
 * - queries filter with equality or the operators in `Cmp`, on top-level or dotted fields;
 * - one read returns at most MAX_READ (1,000) documents;
 * - a transaction touches documents by id only (get / set / update / remove);
 * - a conditional update of many documents (`updateWhere`) runs outside transactions, each document on its own.
 */

export const MAX_READ = 1000
export const DEFAULT_LIMIT = 100

export type Scalar = string | number | boolean | null

/** A comparison, as CloudBase's `db.command` builds it. */
export type Cmp = { $op: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte'; value: Scalar } | { $op: 'in' | 'nin'; value: Scalar[] }

export const cmp = {
  eq: (value: Scalar): Cmp => ({ $op: 'eq', value }),
  neq: (value: Scalar): Cmp => ({ $op: 'neq', value }),
  gt: (value: Scalar): Cmp => ({ $op: 'gt', value }),
  gte: (value: Scalar): Cmp => ({ $op: 'gte', value }),
  lt: (value: Scalar): Cmp => ({ $op: 'lt', value }),
  lte: (value: Scalar): Cmp => ({ $op: 'lte', value }),
  in: (value: Scalar[]): Cmp => ({ $op: 'in', value }),
  nin: (value: Scalar[]): Cmp => ({ $op: 'nin', value }),
}

/** Field path (dots for nested fields) → a value to equal, or a comparison. All conditions must hold. */
export type Where = Record<string, Scalar | Cmp>

export type Doc = { _id: string } & Record<string, unknown>

/** Fields to replace, top level only: an object value replaces the whole field. */
export type Patch = Record<string, unknown>

export interface DocRef<T extends Doc> {
  get(): Promise<T | null>
  /** Create or replace the whole document. */
  set(data: Omit<T, '_id'>): Promise<void>
  /** Replace the given top-level fields; fails with NotFound when the document is absent. */
  update(patch: Patch): Promise<void>
  remove(): Promise<void>
}

export interface Query<T extends Doc> {
  where(where: Where): Query<T>
  orderBy(field: string, direction: 'asc' | 'desc'): Query<T>
  skip(n: number): Query<T>
  limit(n: number): Query<T>
  get(): Promise<T[]>
  count(): Promise<number>
  /** The sum of a numeric field over every match (skip and limit do not apply; non-numbers count as 0). */
  sum(field: string): Promise<number>
}

export interface Collection<T extends Doc> extends Query<T> {
  doc(id: string): DocRef<T>
  /** Insert with a fresh id; returns it. */
  add(data: Omit<T, '_id'>): Promise<string>
  /**
   * Replaces the patch's top-level fields on every document that matches `where`, and returns how many it changed.
   * Each document is tested and written atomically on its own (CloudBase's `where().update()`), so a condition on
   * a state — `status: 'due'` — makes it a claim that two callers never share. Not inside a transaction.
   * CloudBase counts only documents whose values changed: give a condition the patch makes false (a status),
   * and the count is exact on both adapters. Patch fields are plain names; `where` needs at least one condition.
   */
  updateWhere(where: Where, patch: Patch): Promise<number>
}

export interface TxCollection<T extends Doc> {
  doc(id: string): DocRef<T>
}

export interface Transaction {
  collection<T extends Doc>(name: string): TxCollection<T>
}

export interface DocumentStore {
  collection<T extends Doc>(name: string): Collection<T>
  /** Runs `fn` atomically; a throw rolls everything back. CloudBase may retry `fn` on conflict, so keep it pure. */
  runTransaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R>
}

export class StoreError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'LIMIT_EXCEEDED' | 'UNSUPPORTED' | 'CONFLICT',
    message: string,
  ) {
    super(message)
    this.name = 'StoreError'
  }
}
