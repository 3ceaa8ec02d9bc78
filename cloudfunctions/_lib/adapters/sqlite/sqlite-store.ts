import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import {
  DEFAULT_LIMIT,
  StoreError,
  type Collection,
  type Doc,
  type DocRef,
  type DocumentStore,
  type Patch,
  type Query,
  type Transaction,
} from '@shared/ports/document-store'
import { newId } from '../ids'
import {
  CollectionBuilder,
  QueryBuilder,
  bodyOf,
  checkCollectionName,
  checkDocId,
  checkPatch,
  isFieldPath,
  ordersWithTieBreak,
  type QueryRunner,
  type QuerySpec,
} from '../query-builder'
import { AsyncMutex } from './async-mutex'
import { countSql, createIndexSql, createTableSql, selectSql, sumSql, table, updateWhereSql, type Sql } from './sql-query'

/**
 * The DocumentStore on an embedded SQLite file (better-sqlite3), for the one-machine local run and for tests.
 * One table per collection: (id TEXT PRIMARY KEY, doc TEXT JSON without _id).
 *
 * better-sqlite3 is synchronous and a store transaction spans awaits, so the connection is guarded by an async
 * mutex: a transaction holds it from BEGIN IMMEDIATE to COMMIT / ROLLBACK, and every other operation waits
 * for it (when nobody holds it, an operation runs at once — one synchronous call cannot interleave with another).
 * Other processes on the same file are kept out by BEGIN IMMEDIATE and busy_timeout.
 */

/** Indexes per collection, on dotted field paths (declared with each collection in shared/store/collections/). */
export type IndexSpec = Record<string, Array<{ fields: string[]; unique?: boolean }>>

export interface SqliteStoreOptions {
  file: string | ':memory:'
  indexes?: IndexSpec
  /** How long to wait for another process's write lock, in ms (default 5000). */
  busyTimeoutMs?: number
}

export interface SqliteStore extends DocumentStore {
  /** SQLite's EXPLAIN QUERY PLAN for what `query.get()` would run, one plan step per line. */
  explain(query: Query<Doc>): string
  /** Waits for a running transaction, then closes the file. */
  close(): Promise<void>
}

/** Marks the async context of a running transaction, so operations made inside it can be recognised. */
interface TxToken {
  store: SqliteStoreImpl
  active: boolean
}

const txContext = new AsyncLocalStorage<TxToken>()

type Row = { id: string; doc: string }

/** A unique index (or the id) refused the write: the port's CONFLICT, so callers need not know SQLite's errors. */
function uniqueViolation(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new StoreError('CONFLICT', String((error as Error).message))
  }
  return error
}

function toDoc<T extends Doc>(row: Row): T {
  return { _id: row.id, ...(JSON.parse(row.doc) as object) } as T
}

class SqliteStoreImpl implements SqliteStore {
  private readonly db: Database.Database
  private readonly mutex = new AsyncMutex()
  private readonly tables = new Set<string>()
  private readonly statements = new Map<string, Database.Statement>()

  constructor(private readonly options: SqliteStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true })
    this.db = new Database(options.file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`)
    for (const name of Object.keys(options.indexes ?? {})) this.ensureTable(checkCollectionName(name))
  }

  // ---- plumbing -------------------------------------------------------------------------------------------

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      // In-lists of varying length make new SQL texts; a bounded cache keeps memory flat.
      if (this.statements.size > 500) this.statements.clear()
      stmt = this.db.prepare(sql)
      this.statements.set(sql, stmt)
    }
    return stmt
  }

  /** Creates the collection's table and its indexes on first use. */
  private ensureTable(collection: string): void {
    if (this.tables.has(collection)) return
    this.db.exec(createTableSql(collection))
    for (const index of this.options.indexes?.[collection] ?? []) {
      this.db.exec(createIndexSql(collection, index.fields, index.unique ?? false))
    }
    this.tables.add(collection)
  }

  private insideOwnTransaction(): boolean {
    const token = txContext.getStore()
    return token !== undefined && token.store === this && token.active
  }

  /**
   * Runs one synchronous operation outside transactions, after any open transaction has finished.
   * Called from inside this store's transaction it would wait for itself forever, so it refuses instead.
   */
  private async exclusive<R>(work: () => R): Promise<R> {
    if (this.insideOwnTransaction()) {
      throw new StoreError(
        'UNSUPPORTED',
        'inside runTransaction use tx.collection(name).doc(id); other store calls would wait for the transaction to end',
      )
    }
    if (!this.mutex.locked) return work()
    await this.mutex.acquire()
    try {
      return work()
    } finally {
      this.mutex.release()
    }
  }

  /** A read-modify-write that must not interleave with another process: its own transaction unless inside one. */
  private atomically<R>(work: () => R): R {
    return this.db.inTransaction ? work() : this.db.transaction(work).immediate()
  }

  // ---- documents (synchronous; callers arrange exclusion) -------------------------------------------------

  private readDoc<T extends Doc>(collection: string, id: string): T | null {
    this.ensureTable(collection)
    const row = this.statement(`SELECT id, doc FROM ${table(collection)} WHERE id = ?`).get(checkDocId(id)) as Row | undefined
    return row ? toDoc<T>(row) : null
  }

  private writeDoc(collection: string, id: string, body: Record<string, unknown>): void {
    this.ensureTable(collection)
    const upsert = this.statement(
      `INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`,
    )
    try {
      upsert.run(checkDocId(id), JSON.stringify(body))
    } catch (error) {
      throw uniqueViolation(error)
    }
  }

  private updateDoc(collection: string, id: string, patch: Patch): void {
    const entries = checkPatch(patch)
    // Outside the atomic block: a table created inside it would vanish if the update fails and rolls back.
    this.ensureTable(collection)
    if (entries.length > 0 && entries.every(([key]) => isFieldPath(key))) {
      // The fields are set in place by SQLite: the document is not parsed and written back whole in JavaScript.
      const { sql, params } = updateWhereSql(collection, [{ field: '_id', cmp: { $op: 'eq', value: checkDocId(id) } }], entries)
      let changed: number
      try {
        changed = this.statement(sql).run(...params).changes
      } catch (error) {
        throw uniqueViolation(error)
      }
      if (changed === 0) throw new StoreError('NOT_FOUND', `${collection}/${id} does not exist`)
      return
    }
    this.atomically(() => {
      const current = this.readDoc(collection, id)
      if (!current) throw new StoreError('NOT_FOUND', `${collection}/${id} does not exist`)
      const body = bodyOf(current)
      for (const [key, value] of entries) body[key] = value // whole top-level fields: objects are replaced, not merged
      this.writeDoc(collection, id, body)
    })
  }

  private removeDoc(collection: string, id: string): void {
    this.ensureTable(collection)
    this.statement(`DELETE FROM ${table(collection)} WHERE id = ?`).run(checkDocId(id))
  }

  private insertDoc(collection: string, body: Record<string, unknown>): string {
    this.ensureTable(collection)
    const id = newId()
    try {
      this.statement(`INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(id, JSON.stringify(body))
    } catch (error) {
      throw uniqueViolation(error)
    }
    return id
  }

  private find<T extends Doc>(spec: QuerySpec & { limit: number }): T[] {
    this.ensureTable(spec.collection)
    const { sql, params } = selectSql(spec)
    return (this.statement(sql).all(...params) as Row[]).map((row) => toDoc<T>(row))
  }

  private countRows(spec: QuerySpec): number {
    this.ensureTable(spec.collection)
    const { sql, params } = countSql(spec)
    return (this.statement(sql).get(...params) as { n: number }).n
  }

  private sumRows(spec: QuerySpec, field: string): number {
    this.ensureTable(spec.collection)
    const { sql, params } = sumSql(spec, field)
    return (this.statement(sql).get(...params) as { n: number }).n
  }

  // ---- the port -------------------------------------------------------------------------------------------

  collection<T extends Doc>(name: string): Collection<T> {
    const runner: QueryRunner<T> = {
      find: (spec) => this.exclusive(() => this.find<T>(spec)),
      count: (spec) => this.exclusive(() => this.countRows(spec)),
      sum: (spec, field) => this.exclusive(() => this.sumRows(spec, field)),
    }
    return new CollectionBuilder<T>(runner, name, {
      updateWhere: (conditions, entries) =>
        this.exclusive(() => {
          this.ensureTable(name)
          const { sql, params } = updateWhereSql(name, conditions, entries)
          // One statement is atomic: each matching row is tested and rewritten before another writer gets the file.
          try {
            return this.statement(sql).run(...params).changes
          } catch (error) {
            throw uniqueViolation(error)
          }
        }),
      doc: (id) => this.docRef<T>(name, id),
      add: async (data) => {
        const body = bodyOf(data)
        return this.exclusive(() => this.insertDoc(name, body))
      },
    })
  }

  private docRef<T extends Doc>(collection: string, id: string): DocRef<T> {
    return {
      get: () => this.exclusive(() => this.readDoc<T>(collection, id)),
      set: async (data) => {
        const body = bodyOf(data)
        return this.exclusive(() => this.writeDoc(collection, id, body))
      },
      update: (patch) => this.exclusive(() => this.updateDoc(collection, id, patch)),
      remove: () => this.exclusive(() => this.removeDoc(collection, id)),
    }
  }

  private begin(): void {
    try {
      this.db.exec('BEGIN IMMEDIATE')
    } catch (error) {
      const code = (error as { code?: string }).code
      if (code === 'SQLITE_BUSY') throw new StoreError('CONFLICT', 'another process holds the database write lock')
      throw error
    }
  }

  async runTransaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    if (this.insideOwnTransaction()) throw new StoreError('UNSUPPORTED', 'transactions cannot be nested')
    await this.mutex.acquire()
    const token: TxToken = { store: this, active: true }
    try {
      this.begin()
      try {
        const result = await txContext.run(token, () => fn(this.transactionView(token)))
        token.active = false
        this.db.exec('COMMIT')
        return result
      } catch (error) {
        token.active = false
        if (this.db.inTransaction) this.db.exec('ROLLBACK')
        // Tables created inside the rolled-back transaction are gone again.
        this.tables.clear()
        throw error
      }
    } finally {
      token.active = false
      this.mutex.release()
    }
  }

  /** What `fn` sees: documents by id only, as in a CloudBase transaction. Its reads see its own writes. */
  private transactionView(token: TxToken): Transaction {
    const live = () => {
      if (!token.active) throw new StoreError('UNSUPPORTED', 'this transaction has already finished')
    }
    return {
      collection: <T extends Doc>(name: string) => {
        checkCollectionName(name)
        return {
          doc: (id: string): DocRef<T> => ({
            get: async () => {
              live()
              return this.readDoc<T>(name, id)
            },
            set: async (data) => {
              live()
              this.writeDoc(name, id, bodyOf(data))
            },
            update: async (patch) => {
              live()
              this.updateDoc(name, id, patch)
            },
            remove: async () => {
              live()
              this.removeDoc(name, id)
            },
          }),
        }
      },
    }
  }

  explain(query: Query<Doc>): string {
    if (!(query instanceof QueryBuilder)) throw new StoreError('UNSUPPORTED', 'explain takes a query built by this store')
    const spec: QuerySpec = query.spec
    if (spec.problem) throw spec.problem
    this.ensureTable(spec.collection)
    const { sql, params }: Sql = selectSql({
      ...spec,
      orders: ordersWithTieBreak(spec.orders),
      limit: spec.limit ?? DEFAULT_LIMIT,
    })
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>
    return rows.map((r) => r.detail).join('\n')
  }

  async close(): Promise<void> {
    await this.mutex.acquire()
    try {
      this.statements.clear()
      if (this.db.open) this.db.close()
    } finally {
      this.mutex.release()
    }
  }
}

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  return new SqliteStoreImpl(options)
}

/**
 * EXPLAIN QUERY PLAN text for a query built on `store`, so benchmarks and tests can assert that an index is used
 * (`SEARCH <table> USING INDEX ...`) and nothing is scanned or sorted in full (`SCAN <table>`, `USE TEMP B-TREE`).
 * The collection may be named for readability; it must be the query's own.
 */
export function explainQuery(store: SqliteStore, query: Query<Doc>): string
export function explainQuery(store: SqliteStore, collection: string, query: Query<Doc>): string
export function explainQuery(store: SqliteStore, a: string | Query<Doc>, b?: Query<Doc>): string {
  const query = typeof a === 'string' ? b : a
  if (!query) throw new StoreError('UNSUPPORTED', 'explainQuery needs a query')
  if (typeof a === 'string' && query instanceof QueryBuilder && query.spec.collection !== a) {
    throw new StoreError('UNSUPPORTED', `the query is on ${query.spec.collection}, not ${a}`)
  }
  return store.explain(query)
}
