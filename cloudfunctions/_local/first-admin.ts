import { z } from 'zod'
import { Phone, RegionPath } from '@shared/schemas/common'
import { createFirstAdmin, hasAdmin } from '@shared/usecases/auth/admin-users'
import { SCHEMES, seedCountyProfile } from '@shared/usecases/profiles'
import type { LocalRuntime } from './compose-local'

const FirstAdmin = z.object({ phone: Phone, name: z.string().trim().min(1).max(40), countyPath: RegionPath })

export type AdminEnv = {
  ANJU_ADMIN_PHONE?: string
  ANJU_ADMIN_NAME?: string
  ANJU_COUNTY_PATH?: string
  /** The scheme the county starts on (its profile version 1): district (default) or city. */
  ANJU_PROFILE?: string
}

/**
 * Production starts with an empty store and no demo people: the county administrator comes from the
 * environment (or `npm run admin:create`), signs in on H5 with a code from the server log and adds the staff.
 */
export async function ensureFirstAdmin(runtime: LocalRuntime, env: AdminEnv): Promise<string> {
  if (await hasAdmin(runtime.store)) return 'administrator present'
  const { ANJU_ADMIN_PHONE: phone, ANJU_ADMIN_NAME: name, ANJU_COUNTY_PATH: countyPath } = env
  if (!phone || !name || !countyPath) {
    return 'No administrator yet: set ANJU_ADMIN_PHONE, ANJU_ADMIN_NAME and ANJU_COUNTY_PATH, or run `npm run admin:create -- --phone … --name … --county …`'
  }
  const parsed = FirstAdmin.safeParse({ phone, name, countyPath })
  if (!parsed.success)
    return `Administrator not created: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`
  const scheme = env.ANJU_PROFILE ?? 'district'
  if (scheme !== 'district' && scheme !== 'city')
    return `Administrator not created: ANJU_PROFILE is district or city, not ${scheme}`
  const admin = await createFirstAdmin(runtime.deps, parsed.data)
  // The county needs a profile in force before anyone can apply; the administrator publishes later versions from it.
  await seedCountyProfile(runtime.deps.store, parsed.data.countyPath.slice(0, 6), SCHEMES[scheme], new Date().toISOString())
  return `Created the administrator ${admin.name} (${phone}) and the county's ${scheme} profile; sign in on H5 as 工作人员 with a code from this log`
}
