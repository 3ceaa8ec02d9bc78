import { DomainError } from '../domain/errors'
import type { CaseFlag, ProxyFiling } from '../schemas/application'
import type { Household } from '../schemas/household'
import type { Registered } from './deps'

/**
 * 代为申请: a village official files for a person who cannot (失能失智), and says why; the case records who and why,
 * so the township sees it and that official cannot also record the village review. A farmer files for themself.
 */
export function proxyFiling(caller: Registered, reason: string | undefined): ProxyFiling | null {
  if (caller.user.role !== 'village') return null
  if (!reason) {
    throw new DomainError('bad_input', '村委会代为申请，请写明原因（如本人失能失智无法申请）', { field: 'proxyReason' })
  }
  return { officialId: caller.user._id, officialName: caller.user.name, reason }
}

/** The same finding seen from the other open case. */
export function reverseFlag(flag: CaseFlag, household: Household, caseId: string): CaseFlag {
  return {
    kind: 'id_in_other_open_case',
    idNumberMasked: flag.idNumberMasked,
    otherHouseholdId: household._id,
    otherRegionPath: household.regionPath,
    otherCaseId: caseId,
    raisedOn: flag.raisedOn,
  }
}
