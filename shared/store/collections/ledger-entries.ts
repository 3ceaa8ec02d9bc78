import { LedgerEntry } from '../../schemas/ledger'
import { defineCollection } from '../collection'

export const ledgerEntries = defineCollection({
  name: 'ledger_entries',
  summary: 'The work ledger (工作台账): every housing-safety problem found, closed only when solved and confirmed (销号).',
  schema: LedgerEntry,
  indexes: [
    { fields: ['region.village', 'state', 'seq'] },
    { fields: ['region.township', 'state', 'seq'] },
    { fields: ['region.county', 'state', 'seq'] },
    { fields: ['houseId', 'seq'] },
  ],
  audited: true,
})
