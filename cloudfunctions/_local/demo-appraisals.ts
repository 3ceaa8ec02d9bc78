import type { Appraisal } from '@shared/schemas/appraisal'
import { DEMO_HOUSEHOLDS, DEMO_HOUSES, DEMO_REGIONS, DEMO_USERS } from './demo-data'

const ORDERED_AT = '2026-11-02T01:00:00.000Z'

/** One open appraisal order in the demo county, so the appraiser's inbox has something to record. */
function demoOrder(houseId: string, id: string): Appraisal {
  const house = DEMO_HOUSES.find((h) => h._id === houseId)!
  const household = DEMO_HOUSEHOLDS.find((h) => h._id === house.householdId)!
  const county = DEMO_USERS.find((u) => u.role === 'county')!
  const appraiser = DEMO_USERS.find((u) => u.role === 'appraiser')!
  return {
    _id: id,
    regionPath: house.regionPath,
    region: house.region,
    villageName: DEMO_REGIONS.find((r) => r._id === house.regionPath)?.name ?? house.regionPath,
    houseId,
    householdId: household._id,
    headName: household.headName,
    address: house.address,
    batchId: id,
    orderedById: county._id,
    orderedByName: county.name,
    orderedOn: '2026-11-02',
    appraiserId: appraiser._id,
    appraiserName: appraiser.name,
    dueOn: '2026-12-02',
    note: '汛期后复核，请拍清墙体裂缝',
    state: 'ordered',
    result: null,
    exemption: null,
    caseId: null,
    createdAt: ORDERED_AT,
    updatedAt: ORDERED_AT,
    seq: `${ORDERED_AT}|${id}`,
  }
}

export const DEMO_APPRAISALS: Appraisal[] = [demoOrder('house-hh-nanzhuang-001', 'appraisal-demo-1')]
