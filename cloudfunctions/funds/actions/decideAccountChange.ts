import { api } from '@shared/api'
import { decideAccountChange as run } from '@shared/usecases/funds/account-change'
import { implement } from '../../_lib/runtime/router'

export const decideAccountChange = implement(api.funds.decideAccountChange, (input, { deps, caller }) => run(deps, caller, input))
