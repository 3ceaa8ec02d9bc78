import { api } from '@shared/api'
import { batchDetail } from '@shared/usecases/funds/batch-steps'
import { implement } from '../../_lib/runtime/router'

export const batch = implement(api.funds.batch, (input, { deps, caller }) => batchDetail(deps, caller, input))
