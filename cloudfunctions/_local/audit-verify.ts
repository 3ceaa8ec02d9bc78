import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { INDEXES } from '@shared/store/collections'
import { verifyAuditLog } from '@shared/usecases/verify-audit'
import { openSqliteStore } from '../_lib/adapters/sqlite/sqlite-store'

/** `npm run audit:verify`: checks the local audit chain end to end; exits 1 naming the first broken entry. */
async function main(): Promise<number> {
  const dataDir = process.env.ANJU_DATA_DIR ?? resolve(__dirname, '../../data')
  const file = join(dataDir, 'anju.db')
  if (!existsSync(file)) {
    console.error(`No local data at ${dataDir}`)
    return 1
  }
  const store = openSqliteStore({ file, indexes: INDEXES })
  try {
    const { entries, fault } = await verifyAuditLog(store)
    if (!fault) {
      console.log(`audit chain intact: ${entries} entries`)
      return 0
    }
    console.error(`audit chain broken (${fault.kind}) at entry ${fault.seq}${fault.id ? ` [${fault.id}]` : ''}: ${fault.message}`)
    return 1
  } finally {
    await store.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
