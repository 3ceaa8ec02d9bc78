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

/**
 * The source a case's money is allocated and paid from, with the reason shown on the case: the one fixed at filing
 * and county approval, else higher-level special funds unless the household already had higher-level housing money.
 * Never switched silently: a case whose recorded source the rule no longer allows is paid locally, and says why.
 */
export function fundingFor(
  c: { fundingSource: FundingSource | null; fundingReason: string },
  household: { receivedHigherLevelSubsidy: boolean },
): { source: FundingSource; reason: string } {
  const recorded = c.fundingSource ?? 'higher_level'
  if (fundingSourceAllowed(household, recorded, c.fundingSource)) {
    return { source: recorded, reason: c.fundingReason || (recorded === 'local' ? '本级财政补助' : '上级专项资金补助') }
  }
  return { source: 'local', reason: '已享受过中央或省市住房类资金补助，不再享受上级专项资金，由本级财政补助' }
}
