import type { z } from 'zod'
import { Objection } from '@shared/schemas/objection'
import type { PublicityNotice } from '@shared/schemas/publicity'
import { seqOf } from '@shared/usecases/paging'
import { instantOf } from './case.factory'

/**
 * An objection to a notice, raised on the notice's first day by `objectorId`; open unless overridden.
 * Defaults name a registered villager who left a phone, so a test about anonymity states `anonymous: true`.
 */
export function anObjection(notice: PublicityNotice, overrides: Partial<z.input<typeof Objection>> = {}) {
  const id = overrides._id ?? `obj-${notice._id}`
  const raisedOn = overrides.raisedOn ?? notice.opensOn
  const at = overrides.createdAt ?? instantOf(raisedOn)
  return Objection.parse({
    _id: id,
    noticeId: notice._id,
    caseId: notice.caseId,
    stage: notice.stage,
    regionPath: notice.regionPath,
    region: notice.region,
    villageName: notice.villageName,
    maskedName: notice.maskedName,
    reason: '该户在县城另有住房，不属于唯一住房',
    photoIds: [],
    anonymous: false,
    objectorId: 'u-farmer2',
    objectorName: '李四',
    contactPhone: '13900001111',
    state: 'open',
    raisedOn,
    opensOn: notice.opensOn,
    closesOn: notice.closesOn,
    resolution: null,
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
    ...overrides,
  })
}
