/** Photos and documents: a local folder, or CloudBase storage. */
export interface FileStore {
  /** Stores bytes under a key chosen by the store; returns a file id to keep on records. */
  put(input: { name: string; contentType: string; bytes: Uint8Array; folder: string }): Promise<string>
  get(fileId: string): Promise<{ bytes: Uint8Array; contentType: string } | null>
  /** A URL the client can show (local: served by the local server; CloudBase: a temporary URL). */
  url(fileId: string): Promise<string>
  /** Deletes the file; a file that is already gone is not an error. */
  remove(fileId: string): Promise<void>
}
