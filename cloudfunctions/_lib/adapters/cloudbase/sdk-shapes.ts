/**
 * The parts of @cloudbase/node-sdk 3.18 (and its @cloudbase/database 1.4) that the CloudBase adapters use.
 * The SDK's own types return `any` almost everywhere; these spell out the shapes the SDK source returns, and
 * let tests pass a small fake app. The instance `tcb.init({ env })` returns satisfies `CloudbaseApp`
 * (checked at compile time in test/adapters/cloudbase-store-mapping.test.ts).
 *
 * Error handling in the SDK: a request whose reply carries `code` throws a TcbError { code, message, requestId }
 * by default (node-sdk `throwOnCode` is true unless setThrowOnCode(false)); a few paths return the reply instead,
 * so the adapters check `code` on replies too.
 */

/** An opaque query or update command built by `db.command` (the SDK serialises it when the request is sent). */
export type DbCommandValue = object

export interface DbCommand {
  eq(value: unknown): DbCommandValue
  neq(value: unknown): DbCommandValue
  gt(value: unknown): DbCommandValue
  gte(value: unknown): DbCommandValue
  lt(value: unknown): DbCommandValue
  lte(value: unknown): DbCommandValue
  in(values: unknown[]): DbCommandValue
  nin(values: unknown[]): DbCommandValue
  and(...expressions: object[]): DbCommandValue
  /** Update command: replace the field's value as a whole (a plain object would be deep-merged). */
  set(value: unknown): DbCommandValue
  /** Aggregation operators (`db.command.aggregate`). */
  aggregate: { sum(expression: unknown): DbCommandValue }
}

/** Replies carry `code` / `message` when the server refused and the SDK did not throw. */
export interface SdkReply {
  code?: string
  message?: string
  requestId?: string
}

export interface DbDocumentRef {
  /** Outside a transaction `{ data: [doc] }` (empty array when absent); inside one `{ data: doc | null }`. */
  get(): Promise<SdkReply & { data?: unknown }>
  set(data: object): Promise<SdkReply & { updated?: number; upsertedId?: string }>
  update(data: object): Promise<SdkReply & { updated?: number }>
  remove(): Promise<SdkReply & { deleted?: number | string }>
  delete(): Promise<SdkReply & { deleted?: number | string }>
}

export interface DbQuery {
  where(query: object): DbQuery
  orderBy(fieldPath: string, direction: 'asc' | 'desc'): DbQuery
  skip(offset: number): DbQuery
  limit(limit: number): DbQuery
  get(): Promise<SdkReply & { data?: unknown[] }>
  count(): Promise<SdkReply & { total?: number }>
  /** Updates every match (each document atomically on its own); `updated` counts the documents changed. */
  update(data: object): Promise<SdkReply & { updated?: number }>
}

export interface DbAggregate {
  match(query: object): DbAggregate
  group(spec: object): DbAggregate
  /** Runs the pipeline: `{ data: [result, ...] }`. */
  end(): Promise<SdkReply & { data?: unknown[] }>
}

export interface DbCollection extends DbQuery {
  doc(id: string): DbDocumentRef
  add(data: object): Promise<SdkReply & { id?: string }>
  aggregate(): DbAggregate
}

export interface DbTransaction {
  collection(name: string): { doc(id: string): DbDocumentRef }
}

export interface Db {
  command: DbCommand
  collection(name: string): DbCollection
  /**
   * Starts a transaction, runs `callback`, commits; rolls back and rethrows when it throws.
   * `times` is how many more attempts to make after a DATABASE_TRANSACTION_CONFLICT (0 = try once).
   */
  runTransaction(callback: (transaction: DbTransaction) => Promise<unknown>, times?: number): Promise<unknown>
  createCollection(name: string): Promise<unknown>
}

export interface CloudbaseDatabaseApp {
  database(): Db
}

export interface CloudbaseStorageApp {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<SdkReply & { fileID?: string }>
  getTempFileURL(options: {
    fileList: Array<{ fileID: string; maxAge: number }>
  }): Promise<SdkReply & { fileList?: Array<{ code: string; fileID: string; tempFileURL: string }> }>
  downloadFile(options: { fileID: string }): Promise<SdkReply & { fileContent?: string | Buffer }>
  /** One entry per file, `code` 'SUCCESS' or the reason that file was not deleted. */
  deleteFile(options: { fileList: string[] }): Promise<SdkReply & { fileList?: Array<{ code: string; fileID: string }> }>
}

export interface CloudbaseWxOpenApiApp {
  /** Calls a WeChat open API as the mini-program; `result` is WeChat's parsed JSON reply. */
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<SdkReply & { result?: unknown }>
}

export type CloudbaseApp = CloudbaseDatabaseApp & CloudbaseStorageApp & CloudbaseWxOpenApiApp

/** The `code` of an SDK error or reply, if any. */
export function sdkErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined
  }
  return undefined
}

/** Throws a reply that carries an error code (the SDK returned it instead of throwing). */
export function checkReply<R extends SdkReply>(reply: R, what: string): R {
  if (reply?.code) {
    const error = new Error(`${what}: ${reply.code} ${reply.message ?? ''}`.trim()) as Error & SdkReply
    error.code = reply.code
    error.requestId = reply.requestId
    throw error
  }
  return reply
}
