import { maskName, maskSensitiveText } from '../domain/masking'
import type { Calendar } from '../domain/calendar'
import type { PolicyProfile } from '../domain/policy-profile'
import { subsidyCapFen } from '../domain/subsidy'
import { MODE_LABEL, type Application } from '../schemas/application'
import { PUBLICITY_STAGE_LABEL, type PublicityNotice, type PublicityStage } from '../schemas/publicity'
import { seqOf } from './paging'

/** The ceiling the notice states: the case's own once fixed, else what the profile gives this house and mode. */
function noticedAmountFen(c: Application, profile: PolicyProfile): number | null {
  if (c.subsidyCapFen !== null) return c.subsidyCapFen
  try {
    return subsidyCapFen({ grade: c.gradeAtApplication, mode: c.mode, householdSize: c.householdSize, profile })
  } catch (error) {
    // A combination the profile does not price (eligibility refuses it first) states no amount rather than failing the decision.
    if (error instanceof RangeError) return null
    throw error
  }
}

/**
 * The notice for one stage's result. Only masked and structured text goes in — never the applicant's
 * free-text reason, which could hold anything — so the stored notice is safe to serve as it is. The
 * summary is masked all the same, so a number that ever reaches it is never posted.
 */
export function buildNotice(args: {
  id: string
  application: Application
  stage: PublicityStage
  today: string
  at: string
  calendar: Calendar
  profile: PolicyProfile
}): PublicityNotice {
  const { id, application: c, stage, today, at, calendar, profile } = args
  const window = calendar.publicityWindow(today, profile.publicityWorkingDays)
  const gradeOf = c.appraisedGrade ?? c.gradeAtApplication
  const grade = gradeOf ? `${gradeOf}级危房` : '无房户'
  return {
    _id: id,
    caseId: c._id,
    regionPath: c.regionPath,
    region: c.region,
    villageName: c.villageName,
    stage,
    maskedName: maskName(c.applicantName),
    summary: maskSensitiveText(
      `${grade}，申请${MODE_LABEL[c.mode]}，${c.householdSize}人户；${PUBLICITY_STAGE_LABEL[stage]}：通过`,
    ),
    targetGroup: c.targetGroup,
    grade: gradeOf,
    mode: c.mode,
    amountFen: noticedAmountFen(c, profile),
    postedOn: today,
    opensOn: window.opensOn,
    closesOn: window.closesOn,
    createdAt: at,
    seq: seqOf(at, id),
  }
}
