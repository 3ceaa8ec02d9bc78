import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { composeLocal } from './compose-local'
import type { SchemeName } from '@shared/usecases/profiles'
import { seedDemo } from './seed'

/** `--profile district|city`: which scheme the demo county runs (the district one unless told). */
function schemeOf(argv: readonly string[]): SchemeName {
  const i = argv.indexOf('--profile')
  const name = i >= 0 ? argv[i + 1] : 'district'
  if (name !== 'district' && name !== 'city') throw new Error(`--profile takes district or city, not ${name ?? 'nothing'}`)
  return name
}

/** `npm run reset [-- --profile city]`: throws away the local data and seeds the demo county again. */
async function reset(): Promise<void> {
  const scheme = schemeOf(process.argv.slice(2))
  const dataDir = process.env.ANJU_DATA_DIR ?? resolve(__dirname, '../../data')
  rmSync(dataDir, { recursive: true, force: true })
  const runtime = await composeLocal(dataDir)
  await seedDemo(runtime.store, scheme)
  runtime.close()
  console.log(`Reset and reseeded ${dataDir} (the demo county runs the ${scheme} scheme)`)
}

reset().catch((error) => {
  console.error(error)
  process.exit(1)
})
