/**
 * Why the domain refuses, in the domain's own words. Only the API layer knows envelope codes: it maps each
 * refusal to one (shared/api/errors.ts `CODE_OF_REFUSAL`), so a rule never depends on the transport.
 */
export const REFUSALS = [
  'bad_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'invalid_transition',
  'publicity_running',
  'not_eligible',
  'duplicate_case',
  'over_cap',
  'duplicate_payment',
  'no_account',
  'calendar_unknown',
  'wrong_code',
  'too_many_attempts',
  'already_bound',
  'objection_open',
  'not_appraised',
  'agreement_unconfirmed',
  'agreement_changed',
  'publicity_closed',
  'second_official_required',
  'insufficient_funds',
] as const
export type Refusal = (typeof REFUSALS)[number]

/** Thrown by the domain and the use cases; `message`, when given, is written for the person and shown as is. */
export class DomainError extends Error {
  readonly explanation: string | undefined

  constructor(
    readonly refusal: Refusal,
    explanation?: string,
    readonly details?: unknown,
  ) {
    super(explanation ?? refusal)
    this.name = 'DomainError'
    this.explanation = explanation
  }
}
