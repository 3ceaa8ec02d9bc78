import type { CaseState } from '../schemas/application'
import type { PolicyProfile } from './policy-profile'
import { reviewLimitOf } from './urgency'

/** `withinWorkingDays` is null where the next step is the household's own, or runs as long as the works do. */
export type NextStep = { label: string; withinWorkingDays: number | null }

/**
 * What happens next to a case and how long it usually takes, from the profile's own numbers: a level decides
 * within its review limit, and an approval is then publicised for the profile's publicity days. Null once the case
 * is closed.
 */
export function nextStepOf(state: CaseState, profile: PolicyProfile): NextStep | null {
  const review = reviewLimitOf(profile)
  const publicity = profile.publicityWorkingDays
  switch (state) {
    case 'submitted':
      return { label: '村委会评议', withinWorkingDays: review }
    case 'returned':
      return { label: '按退回意见修改后重新提交，再由村委会评议', withinWorkingDays: null }
    case 'returned_by_township':
      return { label: '按退回意见修改后重新提交，直接交乡镇审核', withinWorkingDays: null }
    case 'returned_by_county':
      return { label: '按退回意见修改后重新提交，直接交县级审批', withinWorkingDays: null }
    case 'village_approved':
      return { label: `公示${publicity}个工作日，期满后乡镇审核`, withinWorkingDays: publicity + review }
    case 'township_approved':
      return { label: `公示${publicity}个工作日，期满后县级审批`, withinWorkingDays: publicity + review }
    case 'county_approved':
      return { label: `公示${publicity}个工作日，期满后确定改造方案（农户自己选，或乡镇代为确定）`, withinWorkingDays: publicity }
    case 'plan_chosen':
      return { label: '乡镇、村委会和农户三方确认改造协议', withinWorkingDays: review }
    case 'agreement_signed':
      return { label: '乡镇组织开工', withinWorkingDays: review }
    case 'under_construction':
      return { label: '竣工后县级验收', withinWorkingDays: null }
    case 'accepted':
      return { label: '财政审核结算', withinWorkingDays: review }
    case 'settled':
      return { label: '县级归档', withinWorkingDays: review }
    case 'archived':
    case 'rejected':
    case 'withdrawn':
    case 'resettled':
    case 'ineligible':
      return null
  }
}
