import type { FundingSource } from '../schemas/payment'

/**
 * A household that already had central/provincial/municipal housing money gets nothing more from those
 * higher-level special funds; local finance pays it instead (罗庄 2020 scheme, 五(三)).
 */
export function fundingSourceAllowed(household: { receivedHigherLevelSubsidy: boolean }, source: FundingSource): boolean {
  return !(household.receivedHigherLevelSubsidy && source === 'higher_level')
}
