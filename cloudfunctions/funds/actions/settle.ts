import { api } from '@shared/api'
import { settleCase } from '@shared/usecases/funds/settle-case'
import { implement } from '../../_lib/runtime/router'

export const settle = implement(api.funds.settle, (input, { deps, caller }) => settleCase(deps, caller, input))
