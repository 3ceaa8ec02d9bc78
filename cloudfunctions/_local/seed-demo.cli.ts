import { resolve } from 'node:path'
import { composeLocal } from './compose-local'
import { isSeeded, seedDemo } from './seed'

/** `npm run seed:demo`: the demo county, on purpose, into an empty store (never done by production on its own). */
async function run(): Promise<void> {
  const dataDir = process.env.ANJU_DATA_DIR ?? resolve(__dirname, '../../data')
  const runtime = await composeLocal(dataDir)
  try {
    if (await isSeeded(runtime.store)) throw new Error(`${dataDir} already holds data; use npm run reset to start over`)
    await seedDemo(runtime.store)
    console.log(`Seeded the demo county into ${dataDir}`)
  } finally {
    runtime.close()
  }
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
