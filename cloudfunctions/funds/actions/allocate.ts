import { api } from '@shared/api'
import { allocate as send } from '@shared/usecases/funds/allocate'
import { implement } from '../../_lib/runtime/router'

export const allocate = implement(api.funds.allocate, (input, { deps, caller }) => send(deps, caller, input))
