import type { CaseState } from '../../schemas/application'

/** Money may reach a household once the county has approved and until the case is archived. */
export const PAYABLE_STATES: readonly CaseState[] = [
  'county_approved',
  'plan_chosen',
  'agreement_signed',
  'under_construction',
  'accepted',
  'settled',
]

/** A household may hold only one case that is still alive; these states end a case. */
export const CLOSED_STATES: readonly CaseState[] = ['archived', 'rejected', 'withdrawn', 'resettled', 'ineligible']
