import { Batch } from '../../schemas/funds'
import { defineCollection } from '../collection'

export const batches = defineCollection({
  name: 'batches',
  summary: 'Bank batches (代发批次): built by one finance officer, approved by another, exported, closed by the bank’s result.',
  schema: Batch,
  indexes: [{ fields: ['county', 'seq'] }],
  audited: true,
})
