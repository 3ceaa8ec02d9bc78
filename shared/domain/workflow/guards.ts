import type { Refusal } from '../errors'
import type { Application } from '../../schemas/application'

/** A guard a table row may name; the move happens only when every named guard answers ok. */
export type GuardName = 'publicity_ended'

type GuardInput = { case: Application; today: string }
type GuardRefusal = { refusal: Refusal; message: string; details: Record<string, unknown> }
export type GuardResult = { ok: true } | ({ ok: false } & GuardRefusal)

/**
 * A publicity window holds a case through its last day, inclusive; the next level may act from the day after.
 * Dates are YYYY-MM-DD, which order as text.
 */
export function publicityRunning(closesOn: string | null, today: string): boolean {
  return closesOn !== null && today <= closesOn
}

const GUARDS: Readonly<Record<GuardName, (input: GuardInput) => GuardResult>> = {
  publicity_ended: ({ case: c, today }) =>
    publicityRunning(c.publicityClosesOn, today)
      ? {
          ok: false,
          refusal: 'publicity_running',
          message: `公示期至${c.publicityClosesOn}，期满后方可办理`,
          details: { closesOn: c.publicityClosesOn },
        }
      : { ok: true },
}

/** The first refusal among the named guards, or ok. */
export function checkGuards(names: readonly GuardName[], input: GuardInput): GuardResult {
  for (const name of names) {
    const result = GUARDS[name](input)
    if (!result.ok) return result
  }
  return { ok: true }
}
