import type { PolicyProfile } from './policy-profile'

/** What the household shows instead of an appraisal: its acceptance papers (验收材料) of a move or a renovation. */
export type ExemptionClaim = { kind: 'relocated_to_flat' } | { kind: 'renovated'; acceptedOn: string }

/**
 * Whether the profile lets these acceptance papers prove safety in place of an appraisal (不再开展鉴定): households
 * relocated into flats, or whose house was renovated on or after the profile's date (district scheme: since 2018).
 */
export function exemptionAllowed(profile: PolicyProfile, claim: ExemptionClaim): { ok: true } | { ok: false; message: string } {
  const rules = profile.appraisalExemptions
  if (claim.kind === 'relocated_to_flat') {
    return rules.relocatedToFlat ? { ok: true } : { ok: false, message: '现行政策没有规定拆迁上楼的家庭免予鉴定。' }
  }
  if (!rules.renovatedSince) return { ok: false, message: '现行政策没有规定新改造房屋免予鉴定。' }
  if (claim.acceptedOn < rules.renovatedSince) {
    return { ok: false, message: `只有${rules.renovatedSince.slice(0, 4)}年以来新改造的房屋可凭验收材料免予鉴定。` }
  }
  return { ok: true }
}
