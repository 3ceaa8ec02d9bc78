import { api } from '@shared/api'
import { issueHouseholdBindCode } from '@shared/usecases/auth/bind-codes'
import { implement } from '../../_lib/runtime/router'

export const issueBindCode = implement(api.user.issueBindCode, (input, { deps, caller }) =>
  issueHouseholdBindCode(deps, caller, input.householdId),
)
