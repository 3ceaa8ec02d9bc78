import type { ObjectionItem } from '../../api/objections.api'
import type { MyObjectionView } from '../../api/publicity.api'
import type { Calendar } from '../../domain/calendar'
import { maskSensitiveText } from '../../domain/masking'
import { workingDaysLeft } from '../../domain/objection'
import { OBJECTION_STATE_LABEL, type Objection, UPHELD_OUTCOME_LABEL } from '../../schemas/objection'
import { PUBLICITY_STAGE_LABEL } from '../../schemas/publicity'
import type { Role } from '../../schemas/user'

const outcomeLabel = (o: Objection) => (o.resolution?.outcome ? UPHELD_OUTCOME_LABEL[o.resolution.outcome] : null)

/** What the objector sees: never an id of a person, and the township's text masked like any message. */
export function toMyObjection(o: Objection): MyObjectionView {
  return {
    _id: o._id,
    noticeId: o.noticeId,
    villageName: o.villageName,
    maskedName: o.maskedName,
    stageLabel: PUBLICITY_STAGE_LABEL[o.stage],
    reason: o.reason,
    anonymous: o.anonymous,
    state: o.state,
    stateLabel: OBJECTION_STATE_LABEL[o.state],
    raisedOn: o.raisedOn,
    closesOn: o.closesOn,
    resolution: o.resolution
      ? { outcomeLabel: outcomeLabel(o), text: maskSensitiveText(o.resolution.text), on: o.resolution.on }
      : null,
  }
}

/** Who may learn the objector: the township that resolves it and the county above it, and only when not anonymous. */
const SEES_OBJECTOR: readonly Role[] = ['township', 'county']

export function toObjectionItem(o: Objection, viewer: Role, today: string, calendar: Calendar): ObjectionItem {
  const named = !o.anonymous && SEES_OBJECTOR.includes(viewer)
  return {
    _id: o._id,
    noticeId: o.noticeId,
    caseId: o.caseId,
    stage: o.stage,
    stageLabel: PUBLICITY_STAGE_LABEL[o.stage],
    villageName: o.villageName,
    maskedName: o.maskedName,
    reason: o.reason,
    photoIds: o.photoIds,
    anonymous: o.anonymous,
    objector: named ? { id: o.objectorId, name: o.objectorName, phone: o.contactPhone } : null,
    state: o.state,
    stateLabel: OBJECTION_STATE_LABEL[o.state],
    raisedOn: o.raisedOn,
    closesOn: o.closesOn,
    workingDaysLeft: workingDaysLeft(calendar, today, o),
    resolution: o.resolution
      ? { outcomeLabel: outcomeLabel(o), text: o.resolution.text, byName: o.resolution.byName, on: o.resolution.on }
      : null,
  }
}
