import { maskName, maskSensitiveText } from '../domain/masking'
import type { Calendar } from '../domain/calendar'
import type { PolicyProfile } from '../domain/policy-profile'
import { MODE_LABEL, type Application } from '../schemas/application'
import { PUBLICITY_STAGE_LABEL, type PublicityNotice, type PublicityStage } from '../schemas/publicity'
import { seqOf } from './paging'

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
  const grade = c.gradeAtApplication ? `${c.gradeAtApplication}级危房` : '无房户'
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
    postedOn: today,
    opensOn: window.opensOn,
    closesOn: window.closesOn,
    createdAt: at,
    seq: seqOf(at, id),
  }
}
