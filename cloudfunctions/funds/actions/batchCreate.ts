import { api } from '@shared/api'
import { buildBatch } from '@shared/usecases/funds/build-batch'
import { implement } from '../../_lib/runtime/router'

export const batchCreate = implement(api.funds.batchCreate, (input, { deps, caller }) => buildBatch(deps, caller, input))
