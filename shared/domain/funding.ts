import type { FundingSource } from '../schemas/payment'

/**
 * A household that already had central/provincial/municipal housing money gets nothing more from those
 * higher-level special funds; local finance pays it instead (罗庄 2020 scheme, 五(三)). The case's own funding source,
 * set from the benefit register at filing and county approval, says the same for households the register knows.
 */
export function fundingSourceAllowed(
  household: { receivedHigherLevelSubsidy: boolean },
  source: FundingSource,
  caseFunding: FundingSource | null = null,
): boolean {
  if (source !== 'higher_level') return true
  return !household.receivedHigherLevelSubsidy && caseFunding !== 'local'
}
