import { api } from '@shared/api'
import { setRental as run } from '@shared/usecases/funds/payees'
import { implement } from '../../_lib/runtime/router'

export const setRental = implement(api.funds.setRental, (input, { deps, caller }) => run(deps, caller, input))
