import type { PublicNotice } from '../api/views'
import { scrubSensitive } from '../domain/masking'
import { publicityRunning } from '../domain/workflow/guards'
import { PUBLICITY_STAGE_LABEL, type PublicityNotice } from '../schemas/publicity'

/** The public face of a notice; text is scrubbed again on the way out in case a number slipped in. */
export function toPublicNotice(n: PublicityNotice, today: string): PublicNotice {
  return {
    _id: n._id,
    villageName: n.villageName,
    regionPath: n.regionPath,
    stage: n.stage,
    stageLabel: PUBLICITY_STAGE_LABEL[n.stage],
    maskedName: n.maskedName,
    summary: scrubSensitive(n.summary),
    opensOn: n.opensOn,
    closesOn: n.closesOn,
    running: publicityRunning(n.closesOn, today),
  }
}
