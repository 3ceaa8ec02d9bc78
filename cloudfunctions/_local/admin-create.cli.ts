import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { refusalBody } from '@shared/api/errors'
import { composeLocal } from './compose-local'
import { ensureFirstAdmin } from './first-admin'

/** `npm run admin:create -- --phone 139… --name 孟丽 --county 371311`: the first administrator of a deployment. */
async function run(): Promise<void> {
  const { values } = parseArgs({
    options: { phone: { type: 'string' }, name: { type: 'string' }, county: { type: 'string' }, profile: { type: 'string' } },
  })
  const dataDir = process.env.ANJU_DATA_DIR ?? resolve(__dirname, '../../data')
  const runtime = await composeLocal(dataDir)
  try {
    console.log(
      await ensureFirstAdmin(runtime, {
        ANJU_ADMIN_PHONE: values.phone,
        ANJU_ADMIN_NAME: values.name,
        ANJU_COUNTY_PATH: values.county,
        ANJU_PROFILE: values.profile,
      }),
    )
  } finally {
    runtime.close()
  }
}

run().catch((error) => {
  console.error(refusalBody(error)?.message ?? (error instanceof Error ? error.message : error))
  process.exit(1)
})
