import { api } from '@shared/api'
import { pendingAccountChanges } from '@shared/usecases/funds/account-change'
import { implement } from '../../_lib/runtime/router'

export const accountChanges = implement(api.funds.accountChanges, (input, { deps, caller }) =>
  pendingAccountChanges(deps, caller, input),
)
