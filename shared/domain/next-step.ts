import type { CaseState } from '../schemas/application'
import type { PolicyProfile } from './policy-profile'
import { reviewLimitOf } from './urgency'

export type NextStep = { label: string; withinWorkingDays: number }

/**
 * What happens next to a case and how long it usually takes, from the profile's own numbers: a level decides
 * within its review limit, and an approval is then publicised for the profile's publicity days.
 */
export function nextStepOf(state: CaseState, profile: PolicyProfile): NextStep | null {
  const review = reviewLimitOf(profile)
  const publicity = profile.publicityWorkingDays
  switch (state) {
    case 'submitted':
      return { label: '村委会评议', withinWorkingDays: review }
    case 'village_approved':
      return { label: `公示${publicity}个工作日，期满后乡镇审核`, withinWorkingDays: publicity + review }
    case 'township_approved':
      return { label: `公示${publicity}个工作日，期满后县级审批`, withinWorkingDays: publicity + review }
    default:
      return null
  }
}
