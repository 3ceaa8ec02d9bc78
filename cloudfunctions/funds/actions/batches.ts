import { api } from '@shared/api'
import { listBatches } from '@shared/usecases/funds/batch-steps'
import { implement } from '../../_lib/runtime/router'

export const batches = implement(api.funds.batches, (input, { deps, caller }) => listBatches(deps, caller, input))
