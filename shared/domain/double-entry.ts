/**
 * Payments of the same stage on the same day for one case: a second one is usually the same money typed twice,
 * so finance is asked before it is recorded (the voucher check cannot catch a second voucher for the same money).
 */
export function sameDayPayments<P extends { caseId: string; stage: string; paidOn: string }>(
  payments: readonly P[],
  next: { caseId: string; stage: string; paidOn: string },
): P[] {
  return payments.filter((p) => p.caseId === next.caseId && p.stage === next.stage && p.paidOn === next.paidOn)
}
