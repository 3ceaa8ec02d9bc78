import type { Effect, EffectKind } from '../domain/workflow/effects'
import type { PolicyProfile } from '../domain/policy-profile'
import { subsidyCapFen } from '../domain/subsidy'
import type { Transaction } from '../ports/document-store'
import type { Application } from '../schemas/application'
import { txCol, withoutId } from './collections'
import type { Deps } from './deps'
import { caseUpdateMessage, outboxRecord } from './notify'
import { buildNotice } from './publicity-notice'

/** What a decision knows when the effects of the state it enters run. */
type EffectContext = {
  deps: Deps
  before: Application
  comment: string
  recipients: readonly string[]
  at: string
  today: string
  profile: PolicyProfile
}

/**
 * An effect may shape the case being written (`patch`) and write elsewhere in the same transaction once the
 * case is final (`write`).
 */
type EffectOutcome = {
  patch?: Partial<Application>
  write?: (tx: Transaction, after: Application) => Promise<void>
}

type Handler<K extends EffectKind> = (ctx: EffectContext, effect: Extract<Effect, { kind: K }>) => EffectOutcome

const HANDLERS: { [K in EffectKind]: Handler<K> } = {
  publicise: ({ deps, before, today, at, profile }, { stage }) => {
    const notice = buildNotice({ id: deps.newId(), application: before, stage, today, at, calendar: deps.calendar, profile })
    return {
      patch: { publicityClosesOn: notice.closesOn },
      write: async (tx) => {
        await txCol(tx, 'notices').doc(notice._id).set(withoutId(notice))
      },
    }
  },
  fix_subsidy_cap: ({ before: c, profile }) => ({
    patch: {
      subsidyCapFen: subsidyCapFen({
        grade: c.gradeAtApplication,
        mode: c.mode,
        householdSize: c.householdSize,
        // The new house is not built yet: the ceiling is the standard area; settlement prices the real one.
        profile,
      }),
    },
  }),
  close_household_case: ({ before }) => ({
    write: async (tx) => {
      await txCol(tx, 'households').doc(before.householdId).update({ activeCaseId: null })
    },
  }),
  notify_household: ({ deps, recipients, at, comment }) => ({
    write: async (tx, after) => {
      for (const recipientId of recipients) {
        const message = outboxRecord(deps.newId(), at, caseUpdateMessage(recipientId, after, comment))
        await txCol(tx, 'notifications').doc(message._id).set(withoutId(message))
      }
    },
  }),
}

export function runEffect(ctx: EffectContext, effect: Effect): EffectOutcome {
  return (HANDLERS[effect.kind] as Handler<typeof effect.kind>)(ctx, effect)
}
