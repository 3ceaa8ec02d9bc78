import { type PolicyProfile, profileInForce } from '../domain/policy-profile'
import type { Application } from '../schemas/application'
import type { Deps } from './deps'

/** The profile a case runs under: the one it recorded, else (a case from before profiles were recorded) the one in force today. */
export function caseProfile(deps: Deps, c: Pick<Application, 'policyProfileId'>, today: string): PolicyProfile {
  return deps.profiles.find((p) => p.id === c.policyProfileId) ?? profileInForce(deps.profiles, today)
}
