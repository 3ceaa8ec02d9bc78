import { api } from '@shared/api'
import { reconcileFunds } from '@shared/usecases/funds/reconcile-funds'
import { implement } from '../../_lib/runtime/router'

export const reconcile = implement(api.funds.reconcile, (input, { deps, caller }) => reconcileFunds(deps, caller, input))
