import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { composeLocal } from './compose-local'
import { seedDemo } from './seed'

/** `npm run reset`: throws away the local data and seeds the demo county again. */
async function reset(): Promise<void> {
  const dataDir = process.env.ANJU_DATA_DIR ?? resolve(__dirname, '../../data')
  rmSync(dataDir, { recursive: true, force: true })
  const runtime = await composeLocal(dataDir)
  await seedDemo(runtime.store)
  runtime.close()
  console.log(`Reset and reseeded ${dataDir}`)
}

reset().catch((error) => {
  console.error(error)
  process.exit(1)
})
