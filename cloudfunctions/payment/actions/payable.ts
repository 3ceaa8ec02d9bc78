import { api } from '@shared/api'
import { payableCases } from '@shared/usecases/list-cases'
import { implement } from '../../_lib/runtime/router'

export const payable = implement(api.payment.payable, (input, { deps, caller }) => payableCases(deps, caller, input))
