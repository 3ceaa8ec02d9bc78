import type { Role } from '../../schemas/user'
import type { GuardName } from './guards'
import type { Row, WorkflowTable } from './table'

const told = { kind: 'notify_household' } as const
const closed = { kind: 'close_household_case' } as const

/** Forward out of a publicised stage: its window has ended and every objection raised in it is resolved. */
const afterPublicity: readonly GuardName[] = ['publicity_ended', 'no_open_objection']

/** 经鉴定为 A/B 级，或乡镇认可验收材料（免鉴定）: the house is safe, the case ends as not eligible. */
const foundSafe: Row = { to: 'ineligible', by: ['appraiser', 'township'], guards: [] }

/**
 * The applicant may withdraw while the next level has not acted on what they filed: before the village review, or
 * while a case returned to them is with them. The village may withdraw only a filing it made on the household's
 * behalf (代为申请), for a person who cannot act; never a household's own application.
 */
const withdraw: Row = { to: 'withdrawn', by: ['farmer', 'village'], guards: ['withdrawer_is_applicant'] }

/** The household, or the township on its behalf (街镇征求意见后逐户制定方案), chooses the plan or gives up. */
const household: Role[] = ['farmer', 'township']

/** An upheld objection: the township sends the case back to the applicant or rejects it, at any publicised stage. */
const upheld = {
  objection_return: { to: 'returned', by: ['township'] as Role[], guards: [] },
  objection_reject: { to: 'rejected', by: ['township'] as Role[], guards: [] },
} as const

/**
 * 申请（或村委会代为申请）→ 村评议 → 乡镇审核 → 县级审批（须鉴定为 C/D 级或无房户）→ 改造方案（或放弃改造、安置）
 * → 三方协议 → 施工 → 验收 → 结算 → 归档. Each level may return to the applicant, whose resubmission goes straight
 * back to that level, or to the level below; each stage's result is publicised and open to objection.
 * Frozen: a change is a new version.
 */
export const TABLE_V2: WorkflowTable = {
  version: 2,
  states: {
    submitted: {
      on: {
        // The village's approval or rejection is the collective meeting's decision; a return for corrections is not.
        approve: { to: 'village_approved', by: ['village'], guards: ['not_filed_by_actor', 'village_meeting_recorded'] },
        return: { to: 'returned', by: ['village'], guards: ['not_filed_by_actor'] },
        reject: { to: 'rejected', by: ['village'], guards: ['not_filed_by_actor', 'village_meeting_recorded'] },
        withdraw,
        found_safe: foundSafe,
      },
      // Entered again by a resubmission or a township's return to the village: the household hears of both.
      enter: [told],
    },
    returned: {
      on: {
        resubmit: { to: 'submitted', by: ['farmer', 'village'], guards: [] },
        withdraw,
        found_safe: foundSafe,
      },
      enter: [told],
    },
    // The resubmission goes straight back to the level that returned it; that stage's result was already publicised.
    returned_by_township: {
      on: {
        resubmit: { to: 'village_approved', by: ['farmer', 'village'], guards: [], effects: [] },
        withdraw,
        found_safe: foundSafe,
      },
      enter: [told],
    },
    returned_by_county: {
      on: {
        resubmit: { to: 'township_approved', by: ['farmer', 'village'], guards: [], effects: [] },
        withdraw,
        found_safe: foundSafe,
      },
      enter: [told],
    },
    // A level acts on a publicised case once its window has ended. Returning it to the applicant waits for that too:
    // the resubmission skips the stage's publicity, so the window must have run in full first. Within the window an
    // objection moves the case (objection_*); sending it to the level below, or rejecting it, may happen at once.
    village_approved: {
      on: {
        approve: { to: 'township_approved', by: ['township'], guards: afterPublicity },
        return: { to: 'returned_by_township', by: ['township'], guards: ['publicity_ended'] },
        return_below: { to: 'submitted', by: ['township'], guards: [], effects: [told] },
        reject: { to: 'rejected', by: ['township'], guards: [] },
        found_safe: foundSafe,
        ...upheld,
      },
      enter: [{ kind: 'publicise', stage: 'village_review' }, told],
    },
    township_approved: {
      on: {
        approve: { to: 'county_approved', by: ['county'], guards: [...afterPublicity, 'house_eligible'] },
        return: { to: 'returned_by_county', by: ['county'], guards: ['publicity_ended'] },
        // Back to the township's audit, whose village stage stands: no second village notice.
        return_below: { to: 'village_approved', by: ['county'], guards: [], effects: [told] },
        reject: { to: 'rejected', by: ['county'], guards: [] },
        found_safe: foundSafe,
        ...upheld,
      },
      enter: [{ kind: 'publicise', stage: 'township_audit' }, told],
    },
    county_approved: {
      on: {
        choose_plan: { to: 'plan_chosen', by: household, guards: afterPublicity },
        resettle: { to: 'resettled', by: household, guards: afterPublicity },
        ...upheld,
      },
      enter: [{ kind: 'publicise', stage: 'county_approval' }, { kind: 'fix_subsidy_cap' }, told],
    },
    // Until every party has confirmed the agreement the plan may still be chosen again (confirmations are then void).
    plan_chosen: {
      on: {
        choose_plan: { to: 'plan_chosen', by: household, guards: [] },
        resettle: { to: 'resettled', by: household, guards: [] },
        sign_agreement: { to: 'agreement_signed', by: ['farmer', 'village', 'township'], guards: ['all_parties_confirmed'] },
      },
      enter: [told],
    },
    // 方案确认后原则上不再进行调整: after the agreement only a recorded county decision changes the plan, and the
    // changed plan needs a new agreement (and, once works had started, a new start).
    agreement_signed: {
      on: {
        start_works: { to: 'under_construction', by: ['township'], guards: [] },
        change_plan: { to: 'plan_chosen', by: ['county'], guards: [] },
      },
      enter: [told],
    },
    under_construction: {
      on: {
        accept: { to: 'accepted', by: ['county'], guards: [] },
        change_plan: { to: 'plan_chosen', by: ['county'], guards: [] },
      },
      enter: [told],
    },
    accepted: {
      on: { settle: { to: 'settled', by: ['finance'], guards: [] } },
      enter: [told],
    },
    settled: {
      on: { archive: { to: 'archived', by: ['county'], guards: [] } },
      enter: [told],
    },
    archived: { on: {}, enter: [closed, told] },
    rejected: { on: {}, enter: [closed, told] },
    // Told too: the village may have withdrawn a filing it made for the household.
    withdrawn: { on: {}, enter: [closed, told] },
    resettled: { on: {}, enter: [closed, told] },
    ineligible: { on: {}, enter: [closed, told] },
  },
}
