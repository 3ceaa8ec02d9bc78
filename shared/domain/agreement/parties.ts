import { within } from '../jurisdiction'
import type { AgreementParty, Application, CaseState } from '../../schemas/application'
import type { User } from '../../schemas/user'

/** From the chosen plan on, along the main road: the agreement exists once there is a plan to agree on. */
export const AGREEMENT_STATES: readonly CaseState[] = [
  'plan_chosen',
  'agreement_signed',
  'under_construction',
  'accepted',
  'settled',
  'archived',
]

/**
 * Who may read a case's agreement, and as what: the three parties (the household's own people, the officials of
 * its village, the officials of its township) and the county, which keeps the fourth copy but signs nothing.
 * Anyone else gets null, and the use cases answer them as if the case did not exist.
 */
export type AgreementReader = { party: AgreementParty } | { party: null; county: true }

export function agreementReaderOf(
  user: Pick<User, 'role' | 'regionPath' | 'householdId'>,
  c: Pick<Application, 'householdId' | 'regionPath'>,
): AgreementReader | null {
  switch (user.role) {
    case 'farmer':
      return user.householdId === c.householdId ? { party: 'household' } : null
    case 'village':
      return within(user.regionPath, c.regionPath) ? { party: 'village' } : null
    case 'township':
      return within(user.regionPath, c.regionPath) ? { party: 'township' } : null
    case 'county':
      return within(user.regionPath, c.regionPath) ? { party: null, county: true } : null
    default:
      return null
  }
}
