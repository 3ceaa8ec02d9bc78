import type { PolicyProfile } from '../domain/policy-profile'
import type { Application } from '../schemas/application'
import { col } from './collections'
import type { Deps } from './deps'
import { BUILT_IN_PROFILES, profileInForceFor } from './profiles'

/**
 * The profile a case runs under: the version it recorded when it was filed, kept whatever is published later; a case
 * filed before profiles were stored names a built-in one; one naming neither runs under its county's profile in force.
 */
export async function caseProfile(
  deps: Pick<Deps, 'store'>,
  c: Pick<Application, 'policyProfileId' | 'region'>,
  today: string,
): Promise<PolicyProfile> {
  const recorded = c.policyProfileId ? await col(deps.store, 'profiles').doc(c.policyProfileId).get() : null
  if (recorded) return recorded
  return BUILT_IN_PROFILES.find((p) => p.id === c.policyProfileId) ?? profileInForceFor(deps, c.region.county, today)
}

/**
 * The profiles of a page of cases, each distinct one read once: a county's cases share one or two versions, and a
 * profile is the largest document an inbox reads.
 */
export async function caseProfiles(
  deps: Pick<Deps, 'store'>,
  cases: readonly Pick<Application, 'policyProfileId' | 'region'>[],
  today: string,
): Promise<PolicyProfile[]> {
  const reads = new Map<string, Promise<PolicyProfile>>()
  return Promise.all(
    cases.map((c) => {
      const key = c.policyProfileId ?? `county:${c.region.county}`
      let read = reads.get(key)
      if (!read) {
        read = caseProfile(deps, c, today)
        reads.set(key, read)
      }
      return read
    }),
  )
}
