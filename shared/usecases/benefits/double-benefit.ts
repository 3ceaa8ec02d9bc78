import { checkDoubleBenefit, type DoubleBenefitVerdict } from '../../domain/double-benefit'
import { DomainError } from '../../domain/errors'
import type { PolicyProfile } from '../../domain/policy-profile'
import type { DocumentStore } from '../../ports/document-store'
import type { Application } from '../../schemas/application'
import type { Benefit } from '../../schemas/benefit'
import type { Household } from '../../schemas/household'
import { col } from '../collections'

/** What the county's register holds for these ID numbers (a household's persons), oldest year first. */
export async function benefitsOf(store: DocumentStore, county: string, idNumbers: readonly string[]): Promise<Benefit[]> {
  const ids = [...new Set(idNumbers.map((id) => id.toUpperCase()))]
  const rows = await Promise.all(ids.map((idNumber) => col(store, 'benefits').where({ county, idNumber }).limit(100).get()))
  return rows.flat().sort((a, b) => a.year - b.year || a._id.localeCompare(b._id))
}

/** The rule for one household from the register, as the profile words it. */
export async function householdVerdict(
  store: DocumentStore,
  household: Household,
  profile: PolicyProfile,
  reinclusionReason: string | null,
): Promise<{ benefits: Benefit[]; verdict: DoubleBenefitVerdict }> {
  const benefits = await benefitsOf(
    store,
    household.region.county,
    household.members.map((m) => m.idNumber),
  )
  const verdict = checkDoubleBenefit({
    profile,
    benefits,
    receivedHigherLevelSubsidy: household.receivedHigherLevelSubsidy,
    reinclusionReason,
  })
  return { benefits, verdict }
}

/**
 * The case's funding fields under the rule, or NOT_ELIGIBLE with the explanation (city scheme: already in the
 * disaster-reconstruction subsidy; renovated before without a small-disaster account). Used at filing and again at
 * county approval, so a register line entered while the case ran is not missed.
 */
export async function fundingOfCase(
  store: DocumentStore,
  household: Household,
  profile: PolicyProfile,
  reinclusionReason: string | null,
): Promise<Pick<Application, 'fundingSource' | 'fundingReason' | 'reinclusion'>> {
  const { verdict } = await householdVerdict(store, household, profile, reinclusionReason)
  if (!verdict.ok) throw new DomainError('not_eligible', verdict.message, { code: verdict.code, benefitIds: verdict.benefitIds })
  return { fundingSource: verdict.fundingSource, fundingReason: verdict.fundingReason, reinclusion: verdict.reinclusion }
}
