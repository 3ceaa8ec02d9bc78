import { api } from '@shared/api'
import { allocatable as list } from '@shared/usecases/funds/allocate'
import { implement } from '../../_lib/runtime/router'

export const allocatable = implement(api.funds.allocatable, (input, { deps, caller }) => list(deps, caller, input))
