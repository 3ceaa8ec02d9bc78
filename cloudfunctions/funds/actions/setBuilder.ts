import { api } from '@shared/api'
import { setBuilder as run } from '@shared/usecases/funds/payees'
import { implement } from '../../_lib/runtime/router'

export const setBuilder = implement(api.funds.setBuilder, (input, { deps, caller }) => run(deps, caller, input))
