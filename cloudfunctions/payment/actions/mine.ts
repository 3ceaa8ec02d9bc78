import { api } from '@shared/api'
import { myPayments } from '@shared/usecases/my-payments'
import { implement } from '../../_lib/runtime/router'

export const mine = implement(api.payment.mine, (input, { deps, caller }) => myPayments(deps, caller, input))
