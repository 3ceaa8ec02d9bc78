import type { CollectionName } from '@shared/usecases/collections'
import type { IndexSpec } from '../adapters/sqlite/sqlite-store'

/**
 * The indexes the app's queries need. The embedded SQLite store creates them; on CloudBase create the same
 * ones in the console (same fields, same order). Each list is one indexed equality prefix plus the `seq`
 * paging key, so no read scans a collection.
 */
export const INDEXES: IndexSpec = {
  users: [{ fields: ['householdId'] }],
  regions: [],
  households: [{ fields: ['region.village'] }, { fields: ['region.township'] }, { fields: ['region.county'] }],
  houses: [{ fields: ['householdId'] }],
  cases: [
    { fields: ['householdId', 'seq'] },
    { fields: ['state', 'region.village', 'seq'] },
    { fields: ['state', 'region.township', 'seq'] },
    { fields: ['state', 'region.county', 'seq'] },
  ],
  notices: [
    { fields: ['seq'] },
    { fields: ['region.village', 'seq'] },
    { fields: ['region.township', 'seq'] },
    { fields: ['region.county', 'seq'] },
    { fields: ['caseId', 'seq'] },
  ],
  payments: [
    { fields: ['householdId', 'seq'] },
    { fields: ['caseId', 'seq'] },
  ],
  notifications: [
    { fields: ['recipientId', 'seq'] },
    { fields: ['recipientId', 'read'] },
    { fields: ['status', 'seq'] },
  ],
} satisfies Record<CollectionName, IndexSpec[string]>
