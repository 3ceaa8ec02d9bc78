import type { PublicNotice } from '../api/views'
import type { Calendar } from '../domain/calendar'
import { scrubSensitive } from '../domain/masking'
import { objectionWindowOpen, workingDaysLeft } from '../domain/objection'
import { publicityRunning } from '../domain/workflow/guards'
import { MODE_LABEL } from '../schemas/application'
import { TARGET_GROUP_LABEL } from '../schemas/household'
import { PUBLICITY_STAGE_LABEL, type PublicityNotice } from '../schemas/publicity'

/** The public face of a notice; text is scrubbed again on the way out in case a number slipped in. */
export function toPublicNotice(n: PublicityNotice, today: string, calendar: Calendar): PublicNotice {
  return {
    _id: n._id,
    villageName: n.villageName,
    regionPath: n.regionPath,
    stage: n.stage,
    stageLabel: PUBLICITY_STAGE_LABEL[n.stage],
    maskedName: n.maskedName,
    summary: scrubSensitive(n.summary),
    targetGroupLabel: n.targetGroup ? TARGET_GROUP_LABEL[n.targetGroup] : null,
    gradeLabel: n.mode === null ? null : n.grade ? `${n.grade}级危房` : '无房户',
    modeLabel: n.mode ? MODE_LABEL[n.mode] : null,
    amountFen: n.amountFen,
    postedOn: n.postedOn,
    opensOn: n.opensOn,
    closesOn: n.closesOn,
    running: publicityRunning(n.closesOn, today),
    workingDaysLeft: workingDaysLeft(calendar, today, n),
    acceptsObjections: objectionWindowOpen(n, today),
  }
}
