import { Disbursement } from '../../schemas/funds'
import { defineCollection } from '../collection'

export const disbursements = defineCollection({
  name: 'disbursements',
  summary: 'Payments a township owes a payee, one per stage and instalment: due, in a bank batch, paid, failed or cancelled.',
  schema: Disbursement,
  indexes: [
    { fields: ['caseId', 'seq'] },
    { fields: ['region.county', 'status', 'seq'] },
    { fields: ['region.township', 'status', 'seq'] },
    { fields: ['batchId', 'seq'] },
    { fields: ['region.county', 'seq'] },
    { fields: ['region.township', 'seq'] },
  ],
  audited: true,
})
