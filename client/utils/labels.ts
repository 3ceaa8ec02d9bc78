import type { FundingSource } from '@shared/schemas/payment'

/**
 * Shown wherever an amount is listed. Belongs beside FundingSource in shared/schemas/payment.ts
 * with the other *_LABEL maps; kept here until it moves there.
 */
export const FUNDING_SOURCE_LABEL: Record<FundingSource, string> = {
  higher_level: '上级专项资金',
  local: '本级财政',
}
