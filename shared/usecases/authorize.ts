import { DomainError } from '../domain/errors'
import { within } from '../domain/jurisdiction'
import type { RegionPath } from '../schemas/common'
import type { Registered } from './deps'

/**
 * A record the caller may not see answers exactly as a record that does not exist: any other answer
 * (another code, a region path in the details) would tell an outsider that it exists and where.
 */
const hidden = () => new DomainError('not_found')

/** Officials act only inside their own subtree of county → township → village. */
export function requireWithin(caller: Registered, target: RegionPath): void {
  if (!within(caller.user.regionPath, target)) throw hidden()
}

/** Farmers see only their own household's records; officials and finance by jurisdiction. */
export function requireCanSee(caller: Registered, record: { householdId: string | null; regionPath: RegionPath }): void {
  if (caller.user.role === 'farmer') {
    if (caller.user.householdId !== record.householdId) throw hidden()
  } else requireWithin(caller, record.regionPath)
}
