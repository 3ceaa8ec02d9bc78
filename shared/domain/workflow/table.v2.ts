import type { Role } from '../../schemas/user'
import type { GuardName } from './guards'
import type { Row, WorkflowTable } from './table'

const told = { kind: 'notify_household' } as const
const closed = { kind: 'close_household_case' } as const

/** Forward out of a publicised stage: its window has ended and every objection raised in it is resolved. */
const afterPublicity: readonly GuardName[] = ['publicity_ended', 'no_open_objection']

/** 经鉴定为 A/B 级，或乡镇认可验收材料（免鉴定）: the house is safe, the case ends as not eligible. */
const foundSafe: Row = { to: 'ineligible', by: ['appraiser', 'township'], guards: [] }

/** The applicant may withdraw while the next level has not acted on what they filed. */
const withdraw: Row = { to: 'withdrawn', by: ['farmer'], guards: [] }

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
        approve: { to: 'village_approved', by: ['village'], guards: ['not_filed_by_actor'] },
        return: { to: 'returned', by: ['village'], guards: ['not_filed_by_actor'] },
        reject: { to: 'rejected', by: ['village'], guards: ['not_filed_by_actor'] },
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
    village_approved: {
      on: {
        approve: { to: 'township_approved', by: ['township'], guards: afterPublicity },
        return: { to: 'returned_by_township', by: ['township'], guards: [] },
        return_below: { to: 'submitted', by: ['township'], guards: [] },
        reject: { to: 'rejected', by: ['township'], guards: [] },
        found_safe: foundSafe,
        ...upheld,
      },
      enter: [{ kind: 'publicise', stage: 'village_review' }, told],
    },
    township_approved: {
      on: {
        approve: { to: 'county_approved', by: ['county'], guards: [...afterPublicity, 'house_eligible'] },
        return: { to: 'returned_by_county', by: ['county'], guards: [] },
        return_below: { to: 'village_approved', by: ['county'], guards: [], effects: [told] },
        reject: { to: 'rejected', by: ['county'], guards: [] },
        found_safe: foundSafe,
        ...upheld,
      },
      enter: [{ kind: 'publicise', stage: 'township_audit' }, told],
    },
    county_approved: {
      on: {
        choose_plan: { to: 'plan_chosen', by: ['farmer', 'township'], guards: afterPublicity },
        resettle: { to: 'resettled', by: ['township'], guards: afterPublicity },
        ...upheld,
      },
      enter: [{ kind: 'publicise', stage: 'county_approval' }, { kind: 'fix_subsidy_cap' }, told],
    },
    plan_chosen: {
      on: {
        choose_plan: { to: 'plan_chosen', by: ['farmer', 'township'], guards: [] },
        resettle: { to: 'resettled', by: ['township'], guards: [] },
        sign_agreement: { to: 'agreement_signed', by: ['farmer', 'village', 'township'], guards: ['all_parties_confirmed'] },
      },
      enter: [told],
    },
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
    withdrawn: { on: {}, enter: [closed, told] },
    resettled: { on: {}, enter: [closed, told] },
    ineligible: { on: {}, enter: [closed, told] },
  },
}
