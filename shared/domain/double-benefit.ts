import { BENEFIT_PROGRAMME_LABEL, BENEFIT_SOURCE_LABEL, type Benefit, HIGHER_LEVEL_SOURCES } from '../schemas/benefit'
import type { FundingSource } from '../schemas/payment'
import { formatFen } from './money'
import type { PolicyProfile } from './policy-profile'

/**
 * No double benefit (不得重复享受), from the register of benefits the household's members already received, as the
 * county's profile words the rule. One function for submit, county approval and `benefits.check`, so the farmer, the
 * county and the register page read the same verdict.
 */

export type PriorBenefit = Pick<Benefit, '_id' | 'programme' | 'year' | 'amountFen' | 'source'>

export type DoubleBenefitInput = {
  profile: PolicyProfile
  benefits: readonly PriorBenefit[]
  /** The household record's own mark (from before the register), read as a higher-level housing benefit. */
  receivedHigherLevelSubsidy: boolean
  /** The applicant's account of a small natural disaster that made a renovated house dangerous again; null if none. */
  reinclusionReason: string | null
}

export type DoubleBenefitVerdict =
  | { ok: false; code: 'ALREADY_IN_PROGRAMME' | 'RENOVATED_BEFORE'; message: string; benefitIds: string[] }
  | {
      ok: true
      fundingSource: FundingSource
      fundingReason: string
      /** Set when a house renovated before is included again after a small natural disaster. */
      reinclusion: { reason: string; priorBenefitIds: string[] } | null
    }

const describe = (b: PriorBenefit) =>
  `${b.year}年${BENEFIT_PROGRAMME_LABEL[b.programme]}（${BENEFIT_SOURCE_LABEL[b.source]}${formatFen(b.amountFen)}）`

export function checkDoubleBenefit(input: DoubleBenefitInput): DoubleBenefitVerdict {
  const { profile, benefits } = input
  const rule = profile.doubleBenefit

  const refusing = benefits.filter((b) => rule.refusedIf.includes(b.programme))
  if (refusing.length > 0) {
    return {
      ok: false,
      code: 'ALREADY_IN_PROGRAMME',
      message: `您家已纳入${refusing.map(describe).join('、')}补助范围，按政策不得重复享受农村危房改造支持。`,
      benefitIds: refusing.map((b) => b._id),
    }
  }

  let reinclusion: { reason: string; priorBenefitIds: string[] } | null = null
  const renovated = benefits.filter((b) => b.programme === 'dilapidated_renovation')
  if (rule.reinclusionAfterSmallDisaster && renovated.length > 0) {
    const reason = input.reinclusionReason?.trim() ?? ''
    if (!reason) {
      return {
        ok: false,
        code: 'RENOVATED_BEFORE',
        message: `您家已享受过${renovated.map(describe).join('、')}。只有因小型自然灾害等原因又成为危房的，才能再次纳入，请写明受灾情况。`,
        benefitIds: renovated.map((b) => b._id),
      }
    }
    reinclusion = { reason, priorBenefitIds: renovated.map((b) => b._id) }
  }

  const higher = benefits.filter((b) => HIGHER_LEVEL_SOURCES.includes(b.source))
  if (rule.higherLevelPaidLocally && (higher.length > 0 || input.receivedHigherLevelSubsidy)) {
    const what = higher.length > 0 ? higher.map(describe).join('、') : '中央或省市住房类资金补助（农户档案登记）'
    return {
      ok: true,
      fundingSource: 'local',
      fundingReason: `已享受过${what}，不得重复享受上级专项补助资金，由本级财政补助。`,
      reinclusion,
    }
  }
  return {
    ok: true,
    fundingSource: 'higher_level',
    fundingReason: rule.higherLevelPaidLocally ? '未享受过中央和省市住房类资金补助，可使用上级专项补助资金。' : '',
    reinclusion,
  }
}

/** The rule in the county's words, for the register page and `benefits.check`. */
export function doubleBenefitRuleText(profile: PolicyProfile): string {
  const rule = profile.doubleBenefit
  const parts: string[] = []
  if (rule.refusedIf.length > 0) {
    parts.push(
      `已纳入${rule.refusedIf.map((p) => BENEFIT_PROGRAMME_LABEL[p]).join('、')}补助范围的，不得重复享受农村危房改造支持政策`,
    )
  }
  if (rule.reinclusionAfterSmallDisaster) {
    parts.push('已实施过农村危房改造、因小型自然灾害等原因又变成危房的，可再次纳入支持范围（记为再次纳入）')
  }
  if (rule.higherLevelPaidLocally) {
    parts.push('已享受过中央和省市住房类资金补助的，不得重复享受上级专项补助资金，由本级财政进行补助')
  }
  return parts.length > 0 ? `${parts.join('；')}。` : '本政策未规定重复享受的限制。'
}
