import type { LocalRuntime } from './compose-local'
import { type AdminEnv, ensureFirstAdmin } from './first-admin'
import { isSeeded, seedDemo } from './seed'

/** Before serving: development seeds the demo county into an empty store; production never does, it makes the first administrator. */
export async function prepareData(runtime: LocalRuntime, dev: boolean, env: AdminEnv): Promise<string> {
  if (!dev) return ensureFirstAdmin(runtime, env)
  if (await isSeeded(runtime.store)) return 'Using the data already there'
  await seedDemo(runtime.store)
  return 'Seeded the demo county'
}
