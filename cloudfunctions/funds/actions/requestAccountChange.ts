import { api } from '@shared/api'
import { requestAccountChange as run } from '@shared/usecases/funds/account-change'
import { implement } from '../../_lib/runtime/router'

export const requestAccountChange = implement(api.funds.requestAccountChange, (input, { deps, caller }) =>
  run(deps, caller, input),
)
