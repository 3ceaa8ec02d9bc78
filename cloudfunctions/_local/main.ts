import { resolve } from 'node:path'
import { JOBS } from '@shared/usecases/jobs/registry'
import { composeLocal } from './compose-local'
import { DEMO_ADMIN_SIGN_IN, DEMO_USERS } from './demo-data'
import type { AdminEnv } from './first-admin'
import { prepareData } from './prepare-data'
import { runLocalJob, startScheduler } from './scheduler'
import { buildServer } from './server'

/** `npm start`: the whole product on one machine — functions, embedded database, H5 app. */
async function main(): Promise<void> {
  const root = resolve(__dirname, '../..')
  const dataDir = process.env.ANJU_DATA_DIR ?? resolve(root, 'data')
  const port = Number(process.env.PORT ?? 8080)
  const host = process.env.HOST ?? '127.0.0.1'
  const dev = process.env.NODE_ENV !== 'production'

  const runtime = await composeLocal(dataDir)
  console.log(`${await prepareData(runtime, dev, process.env as AdminEnv)} (${dataDir})`)
  const app = await buildServer({ runtime, h5Dir: resolve(root, 'dist/h5'), dev })
  await app.listen({ port, host })
  const scheduler = startScheduler({
    jobs: JOBS,
    run: (job) => runLocalJob(runtime, job),
    onError: (job, error) => app.log.warn({ err: error }, `job ${job.name} failed`),
  })

  console.log(`\n农房安居 is running at http://${host}:${port}\n`)
  if (dev) {
    console.log('Demo accounts (pick one on the sign-in page):')
    for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(9)} ${u.name}  (${u._id})`)
    console.log('  public    村民（未登记）  (demo-visitor)')
    console.log(`  staff sign-in (工作人员登录): ${DEMO_ADMIN_SIGN_IN.phone} / password ${DEMO_ADMIN_SIGN_IN.password}\n`)
  }
  const stop = async () => {
    await scheduler.stop()
    await app.close()
    runtime.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
