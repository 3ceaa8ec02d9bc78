import { Appraisal } from '@shared/schemas/appraisal'
import type { House } from '@shared/schemas/house'
import type { User } from '@shared/schemas/user'
import { seqOf } from '@shared/usecases/paging'

/** An open order for `house`, placed by the county official of world.factory.ts for `appraiser`, due in December. */
export function anAppraisal(house: House, headName: string, villageName: string, appraiser: User, id = 'appraisal-1'): Appraisal {
  const at = '2026-11-02T01:00:00.000Z'
  return Appraisal.parse({
    _id: id,
    regionPath: house.regionPath,
    region: house.region,
    villageName,
    houseId: house._id,
    householdId: house.householdId,
    headName,
    address: house.address,
    batchId: `batch-${id}`,
    orderedById: 'u-county',
    orderedByName: '郑县',
    orderedOn: '2026-11-02',
    appraiserId: appraiser._id,
    appraiserName: appraiser.name,
    dueOn: '2026-12-20',
    note: '',
    state: 'ordered',
    result: null,
    exemption: null,
    caseId: null,
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
  })
}
