import type { MyObjectionView } from '../../api/publicity.api'
import { DomainError } from '../../domain/errors'
import { requireObjectionWindow } from '../../domain/objection'
import { publicityStageOf } from '../../domain/workflow/effects'
import { tableFor } from '../../domain/workflow/tables'
import type { Objection } from '../../schemas/objection'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Caller, Deps } from '../deps'
import { mustGet } from '../load'
import { seqOf } from '../paging'
import { claimUploads } from '../uploads/claim-uploads'
import { toMyObjection } from './views'

export type RaiseObjection = {
  noticeId: string
  reason: string
  photoIds: string[]
  anonymous: boolean
  contactPhone?: string
}

/**
 * 公示期内的异议: anyone with an identity (a WeChat user, a signed-in visitor) may object to a notice while it
 * runs. The objection and the case's count of open objections are written in one transaction, so the case is
 * held (guard `no_open_objection`) from the moment the objection exists.
 */
export async function raiseObjection(deps: Deps, caller: Caller, input: RaiseObjection): Promise<MyObjectionView> {
  // A public action answers callers without identity, but an objection must belong to someone to be answered.
  if (!caller.openid) throw new DomainError('unauthenticated', '请先在微信中打开，或以访客身份登录后再提出异议')
  const openid = caller.openid
  const notice = await mustGet(deps.store, 'notices', input.noticeId)
  const { at, today } = nowOf(deps)
  requireObjectionWindow(notice, today)

  const objectorId = caller.user?._id ?? openid
  // One open objection per person and notice: a second would only hold the case again for the same complaint.
  const pending = await col(deps.store, 'objections').where({ objectorId, noticeId: notice._id, state: 'open' }).limit(1).get()
  if (pending.length > 0) {
    throw new DomainError('invalid_transition', '您对这条公示的异议正在核实处理中，请等乡镇的处理结果', {
      objectionId: pending[0]!._id,
    })
  }

  const id = deps.newId()
  const objection: Objection = {
    _id: id,
    noticeId: notice._id,
    caseId: notice.caseId,
    stage: notice.stage,
    regionPath: notice.regionPath,
    region: notice.region,
    villageName: notice.villageName,
    maskedName: notice.maskedName,
    reason: input.reason,
    photoIds: [...new Set(input.photoIds)],
    anonymous: input.anonymous,
    objectorId,
    objectorName: input.anonymous ? null : (caller.user?.name ?? null),
    // An anonymous objector's number would name them; it is dropped, not refused, so the objection still counts.
    contactPhone: input.anonymous ? null : (input.contactPhone ?? null),
    state: 'open',
    raisedOn: today,
    opensOn: notice.opensOn,
    closesOn: notice.closesOn,
    resolution: null,
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
  }

  await deps.store.runTransaction(async (tx) => {
    const c = await txCol(tx, 'cases').doc(notice.caseId).get()
    if (!c) throw new DomainError('not_found')
    // The notice is of the stage the case stands in now; once the case moved on (returned, rejected) it no longer holds.
    const stillPublicised = publicityStageOf(tableFor(c.workflowVersion), c.state) === notice.stage
    if (!stillPublicised || c.publicityClosesOn !== notice.closesOn) {
      throw new DomainError('invalid_transition', '这条公示对应的申请已不在公示阶段，不再受理异议', { state: c.state })
    }
    await claimUploads(tx, { openid }, { photoIds: objection.photoIds, caseId: id, collection: 'objections' })
    await txCol(tx, 'objections').doc(id).set(withoutId(objection))
    await txCol(tx, 'cases')
      .doc(c._id)
      .set(withoutId({ ...c, openObjections: c.openObjections + 1, updatedAt: at }))
  })
  return toMyObjection(objection)
}
