import { type CaseOutcome, caseOutcome } from '../../domain/appraisal'
import { CLOSED_STATES } from '../../domain/workflow/states'
import { tableFor } from '../../domain/workflow/tables'
import type { Transaction } from '../../ports/document-store'
import type { Application } from '../../schemas/application'
import type { Grade } from '../../schemas/house'
import { txCol } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { moveCaseInTx, type PreparedMove, prepareMove } from '../move-case'

/** The household's live case, read before the transaction (a move needs its recipients); null when it has none. */
export async function prepareHouseholdCase(deps: Deps, caller: Registered, householdId: string): Promise<PreparedMove | null> {
  const household = await mustGet(deps.store, 'households', householdId)
  return household.activeCaseId ? prepareMove(deps, caller, household.activeCaseId) : null
}

/**
 * Inside the appraisal's transaction: the household's case, if still open for this house and not yet
 * county-approved, takes the grade, or (A/B, or an exemption: `grade` null) ends as not eligible by
 * `found_safe`, with `reason` on its timeline. Answers the case as written, or null when none was touched.
 */
export async function applyToCase(
  tx: Transaction,
  deps: Deps,
  caller: Registered,
  prepared: PreparedMove | null,
  args: { houseId: string; grade: Grade | null; reason: string; at: string },
): Promise<Application | null> {
  if (!prepared) return null
  const c = await txCol(tx, 'cases').doc(prepared.before._id).get()
  if (!c || CLOSED_STATES.includes(c.state)) return null
  const outcome: CaseOutcome = caseOutcome(c, args.houseId, tableFor(c.workflowVersion), args.grade)
  const graded = args.grade === null ? {} : { appraisedGrade: args.grade }
  if (outcome.kind === 'found_safe') {
    return moveCaseInTx(tx, deps, caller, prepared, {
      caseId: c._id,
      event: 'found_safe',
      comment: args.reason,
      patch: () => graded,
    })
  }
  if (outcome.kind === 'graded') {
    const after = { ...c, ...graded, updatedAt: args.at }
    await txCol(tx, 'cases')
      .doc(c._id)
      .update({ ...graded, updatedAt: args.at })
    return after
  }
  return null
}
