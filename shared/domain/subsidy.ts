import type { Mode } from '../schemas/application'
import type { Grade } from '../schemas/house'
import { assertFen } from './money'
import type { PolicyProfile } from './policy-profile'

/**
 * The subsidy ceiling a case is approved with. The township later pays the settled actual cost,
 * which may be lower; it may never be higher.
 */

/**
 * What the profile prices: a repair (C house), or building a main house (D house rebuilt or
 * built elsewhere, or a household with no house building one). Rental, swap and resettlement are
 * priced by their contracts, not by the profile, so they fall outside.
 */
type CostClass = 'repair' | 'build' | 'unpriced'

function costClass(grade: Grade | null, mode: Mode): CostClass {
  if (mode === 'public_rental' || mode === 'rent_swap' || mode === 'resettle') return 'unpriced'
  if (grade === 'C' && mode === 'repair') return 'repair'
  if (grade === 'D' && (mode === 'rebuild' || mode === 'new_site')) return 'build'
  if (grade === null && mode === 'new_site') return 'build'
  // Eligibility refuses these combinations first; reaching here means a caller skipped it.
  throw new RangeError(`the policy profile sets no subsidy for ${mode} of a ${grade ?? 'missing'} house`)
}

export function standardAreaM2(householdSize: number, profile: PolicyProfile): number {
  if (!Number.isSafeInteger(householdSize) || householdSize < 1) {
    throw new RangeError(`household size must be a whole number of persons, got ${householdSize}`)
  }
  const band = profile.areaStandard.find((b) => b.maxPersons === null || householdSize <= b.maxPersons)
  if (!band) throw new RangeError(`policy profile ${profile.id} has no area band for ${householdSize} persons`)
  return band.areaM2
}

/** Areas are measured to 0.01 m²; rounding there absorbs float noise such as 58.35 * 100 = 5834.999… */
const toCentiM2 = (m2: number) => Math.round(m2 * 100)

export type SubsidyCapInput = {
  grade: Grade | null
  mode: Mode
  householdSize: number
  /** Area of the main house to be built (planned) or as built (at settlement); not the old house's. */
  floorAreaM2?: number
  profile: PolicyProfile
}

/**
 * Ceiling in fen, or null when this profile prices nothing for the mode: rental subsidy follows the
 * rental contract, and public rental housing or resettlement involve no household subsidy from it.
 */
export function subsidyCapFen({ grade, mode, householdSize, floorAreaM2, profile }: SubsidyCapInput): number | null {
  const cls = costClass(grade, mode)
  if (cls === 'unpriced') return null
  if (cls === 'repair') return profile.repairCapFen

  const standard = toCentiM2(standardAreaM2(householdSize, profile))
  if (floorAreaM2 !== undefined && !(Number.isFinite(floorAreaM2) && floorAreaM2 > 0)) {
    throw new RangeError(`floor area must be a positive number of m², got ${floorAreaM2}`)
  }
  // A larger house may be specially approved, but it is still subsidised only for the standard area.
  const area = floorAreaM2 === undefined ? standard : Math.min(toCentiM2(floorAreaM2), standard)
  const product = area * profile.rebuildPerM2Fen
  if (!Number.isSafeInteger(product)) throw new RangeError('subsidy cap is too large to compute exactly')
  // Down to the whole fen: the ceiling must never exceed rate × area.
  return Math.floor(product / 100)
}

/**
 * Start-up money advanced once works start. Without a mode the grade alone decides (C or D);
 * with a mode, cases that build nothing get nothing, and a household with no house building
 * a new one is advanced what a D rebuild is.
 */
export function preAllocationFen(grade: Grade | null, profile: PolicyProfile, mode?: Mode): number | null {
  const cls: CostClass = mode ? costClass(grade, mode) : grade === 'C' ? 'repair' : grade === 'D' ? 'build' : 'unpriced'
  if (cls === 'repair') return profile.preAllocationFen.C
  if (cls === 'build') return profile.preAllocationFen.D
  return null
}

/**
 * What may still be paid. Paying past the ceiling is exactly what the audit trail exists to catch,
 * so it is an error here, not a remaining amount of zero.
 */
export function remainingFen(capFen: number, paidFen: number): number
export function remainingFen(capFen: null, paidFen: number): null
export function remainingFen(capFen: number | null, paidFen: number): number | null
export function remainingFen(capFen: number | null, paidFen: number): number | null {
  assertFen(paidFen)
  if (capFen === null) return null
  assertFen(capFen)
  if (paidFen > capFen) throw new RangeError(`paid ${paidFen} fen exceeds the cap of ${capFen} fen`)
  return capFen - paidFen
}
