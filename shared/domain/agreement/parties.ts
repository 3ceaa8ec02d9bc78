import { within } from '../jurisdiction'
import type { AgreementParty, Application } from '../../schemas/application'
import type { User } from '../../schemas/user'

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
