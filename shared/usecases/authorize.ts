import { AppError } from '../api/errors'
import { within } from '../domain/jurisdiction'
import type { RegionPath } from '../schemas/common'
import type { Registered } from './deps'

/** Officials act only inside their own subtree of county → township → village. */
export function requireWithin(caller: Registered, target: RegionPath): void {
  if (!within(caller.user.regionPath, target)) {
    throw new AppError('OUT_OF_JURISDICTION', undefined, { yours: caller.user.regionPath, target })
  }
}

/** A farmer sees only their own household's records. */
function requireOwnHousehold(caller: Registered, householdId: string): void {
  if (caller.user.householdId !== householdId) throw new AppError('FORBIDDEN')
}

/** Farmers by household, officials and finance by jurisdiction. */
export function requireCanSee(caller: Registered, record: { householdId: string; regionPath: RegionPath }): void {
  if (caller.user.role === 'farmer') requireOwnHousehold(caller, record.householdId)
  else requireWithin(caller, record.regionPath)
}
