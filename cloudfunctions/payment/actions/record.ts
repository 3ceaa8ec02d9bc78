import { api } from '@shared/api'
import { recordPayment } from '@shared/usecases/record-payment'
import { implement } from '../../_lib/runtime/router'

export const record = implement(api.payment.record, (input, { deps, caller }) => recordPayment(deps, caller, input))
