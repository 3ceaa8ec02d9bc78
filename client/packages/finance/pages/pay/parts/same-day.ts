import type { PaymentView } from '@shared/api/views'
import type { PayInput } from '../../../../../utils/pay-form'

/** Payments of the same stage on the same day for this case: a second one is usually a double entry. */
export function sameDayPayments(payments: readonly PaymentView[], input: PayInput): PaymentView[] {
  return payments.filter((p) => p.caseId === input.caseId && p.stage === input.stage && p.paidOn === input.paidOn)
}
