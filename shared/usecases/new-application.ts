import { NO_MILESTONES } from '../schemas/funds'
import { latestGrade } from '../domain/house-record'
import type { PolicyProfile } from '../domain/policy-profile'
import { WORKFLOW_VERSION } from '../domain/workflow/tables'
import type { Application, Mode } from '../schemas/application'
import type { House } from '../schemas/house'
import type { Household, TargetGroup } from '../schemas/household'
import type { User } from '../schemas/user'
import { historyEntry } from './history'
import { seqOf } from './paging'

/**
 * A case as it stands the moment it is filed: submitted, under today's workflow and policy profile,
 * with no ceiling yet, and the filing as the first line of its timeline.
 */
export function newApplication(args: {
  id: string
  household: Household
  house: House | null
  villageName: string
  /** The farmer, or the village official applying on the household's behalf. */
  applicant: User
  targetGroup: TargetGroup
  mode: Mode
  reason: string
  photoIds: string[]
  profile: PolicyProfile
  at: string
  today: string
}): Application {
  const { id, household, house, applicant, at, today } = args
  return {
    _id: id,
    caseNo: `AJ${today.replace(/-/g, '')}${id.slice(-6).toUpperCase()}`,
    householdId: household._id,
    houseId: house?._id ?? null,
    regionPath: household.regionPath,
    region: household.region,
    villageName: args.villageName,
    applicantName: household.headName,
    appliedBy: applicant.role === 'village' ? 'village' : 'self',
    targetGroup: args.targetGroup,
    mode: args.mode,
    reason: args.reason,
    photoIds: args.photoIds,
    gradeAtApplication: house ? (latestGrade(house)?.grade ?? null) : null,
    householdSize: household.members.length,
    state: 'submitted',
    workflowVersion: WORKFLOW_VERSION,
    policyProfileId: args.profile.id,
    subsidyCapFen: null,
    publicityClosesOn: null,
    paidFen: 0,
    openObjections: 0,
    // A grade on the house's record is an appraisal's: the county may order a new one while the case runs.
    appraisedGrade: house ? (latestGrade(house)?.grade ?? null) : null,
    proxy: null,
    plan: null,
    agreementConfirmedBy: [],
    // Issue 9: submit fills these from the benefit register and the ID-number index.
    fundingSource: null,
    allocatedFen: 0,
    milestones: NO_MILESTONES,
    settlement: null,
    fundsWaiting: null,
    builderPayee: null,
    rental: null,
    fundingReason: '',
    reinclusion: null,
    flags: [],
    villageReview: null,
    resettlement: null,
    history: [
      historyEntry({
        caller: { openid: applicant._id, user: applicant },
        from: null,
        to: 'submitted',
        event: 'submit',
        comment: '',
        at,
        today,
      }),
    ],
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
  }
}
