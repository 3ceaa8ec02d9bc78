import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { composeDeps } from '../_lib/composition/deps'
import { openSqliteStore } from '../_lib/adapters/sqlite/sqlite-store'
import { createLocalFileStore } from '../_lib/adapters/local/local-files'
import { createLocalInboxSender } from '../_lib/adapters/local/local-inbox-sender'
import { INDEXES } from '@shared/store/collections'
import { loadOrCreateKey } from './file-url-signing'
import { createMovableClock } from './movable-clock'

/** The embedded wiring: SQLite, a local folder for files, a local outbox file for messages, the file-URL key. */
export async function composeLocal(dataDir: string) {
  mkdirSync(dataDir, { recursive: true })
  const store = openSqliteStore({ file: join(dataDir, 'anju.db'), indexes: INDEXES })
  const clock = createMovableClock()
  const files = createLocalFileStore(join(dataDir, 'files'))
  const deps = await composeDeps(store, clock, files)
  const sender = createLocalInboxSender(join(dataDir, 'outbox.jsonl'))
  const fileUrlKey = loadOrCreateKey(join(dataDir, 'file-url.key'))
  return { store, clock, deps, files, sender, fileUrlKey, close: () => store.close() }
}
export type LocalRuntime = Awaited<ReturnType<typeof composeLocal>>
