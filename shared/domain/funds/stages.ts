import type { Mode } from '../../schemas/application'
import type { PaymentStage } from '../../schemas/payment'
import type { PolicyProfile } from '../policy-profile'

/** The milestones a house that is built or repaired is paid at, in order; settlement pays what is left. */
export const WORKS_STAGES = ['start', 'structure', 'acceptance', 'settlement'] as const satisfies readonly PaymentStage[]
export type WorksStage = (typeof WORKS_STAGES)[number]

/** Moving out is supported by a rental subsidy paid on the contract; building or repairing at the milestones. */
export function stagesOf(mode: Mode): readonly PaymentStage[] {
  return mode === 'repair' || mode === 'rebuild' || mode === 'new_site' ? WORKS_STAGES : ['rental']
}

export const isWorksStage = (s: PaymentStage): s is WorksStage => s !== 'rental'

/**
 * The start-up money split over the milestones before settlement by the county's percentages, to the fen: the
 * first two are rounded down and acceptance takes the rest, so the three add up to the start-up money exactly.
 */
export function startUpShares(
  startUpFen: number,
  percents: PolicyProfile['stagePercents'],
): Record<'start' | 'structure' | 'acceptance', number> {
  const start = Math.floor((startUpFen * percents.start) / 100)
  const upToStructure = Math.floor((startUpFen * (percents.start + percents.structure)) / 100)
  return { start, structure: upToStructure - start, acceptance: startUpFen - upToStructure }
}
