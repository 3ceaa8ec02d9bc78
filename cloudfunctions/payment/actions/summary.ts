import { api } from '@shared/api'
import { paymentSummary } from '@shared/usecases/payment-summary'
import { implement } from '../../_lib/runtime/router'

export const summary = implement(api.payment.summary, (_input, { deps, caller }) => paymentSummary(deps, caller))
