import { Payment } from '../../schemas/payment'
import { defineCollection } from '../collection'

export const payments = defineCollection({
  name: 'payments',
  summary: 'Subsidy payments into one-card accounts, in integer fen.',
  schema: Payment,
  indexes: [
    { fields: ['householdId', 'seq'] },
    { fields: ['caseId', 'seq'] },
    { fields: ['region.county', 'seq'] },
    { fields: ['region.township', 'seq'] },
  ],
  audited: true,
})
