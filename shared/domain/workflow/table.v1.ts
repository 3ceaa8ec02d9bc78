import type { WorkflowTable } from './table'

const told = { kind: 'notify_household' } as const
const closed = { kind: 'close_household_case' } as const

/** 申请 → 村评议 → 乡镇审核 → 县级审批 → 协议 → 施工 → 验收 → 结算 → 归档. Frozen: a change is a new version. */
export const TABLE_V1: WorkflowTable = {
  version: 1,
  states: {
    submitted: {
      on: {
        approve: { to: 'village_approved', by: ['village'], guards: [] },
        return: { to: 'returned', by: ['village'], guards: [] },
        reject: { to: 'rejected', by: ['village'], guards: [] },
        withdraw: { to: 'withdrawn', by: ['farmer'], guards: [] },
      },
      enter: [],
    },
    returned: {
      on: {
        resubmit: { to: 'submitted', by: ['farmer', 'village'], guards: [] },
        withdraw: { to: 'withdrawn', by: ['farmer'], guards: [] },
      },
      enter: [told],
    },
    // Moving forward out of a publicised state waits until the publicity has run its course; returning or
    // rejecting may happen at once (an objection may have shown the case to be wrong).
    village_approved: {
      on: {
        approve: { to: 'township_approved', by: ['township'], guards: ['publicity_ended'] },
        return: { to: 'returned', by: ['township'], guards: [] },
        reject: { to: 'rejected', by: ['township'], guards: [] },
      },
      enter: [{ kind: 'publicise', stage: 'village_review' }, told],
    },
    township_approved: {
      on: {
        approve: { to: 'county_approved', by: ['county'], guards: ['publicity_ended'] },
        return: { to: 'returned', by: ['county'], guards: [] },
        reject: { to: 'rejected', by: ['county'], guards: [] },
      },
      enter: [{ kind: 'publicise', stage: 'township_audit' }, told],
    },
    county_approved: {
      on: {
        sign_agreement: { to: 'agreement_signed', by: ['township'], guards: ['publicity_ended'] },
      },
      enter: [{ kind: 'publicise', stage: 'county_approval' }, { kind: 'fix_subsidy_cap' }, told],
    },
    agreement_signed: {
      on: { start_works: { to: 'under_construction', by: ['township'], guards: [] } },
      enter: [],
    },
    under_construction: {
      on: { accept: { to: 'accepted', by: ['county'], guards: [] } },
      enter: [],
    },
    accepted: {
      on: { settle: { to: 'settled', by: ['finance'], guards: [] } },
      enter: [],
    },
    settled: {
      on: { archive: { to: 'archived', by: ['county'], guards: [] } },
      enter: [],
    },
    archived: { on: {}, enter: [closed] },
    rejected: { on: {}, enter: [closed, told] },
    withdrawn: { on: {}, enter: [closed] },
  },
}
