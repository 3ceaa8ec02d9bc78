import { Allocation } from '../../schemas/funds'
import { defineCollection } from '../collection'

export const allocations = defineCollection({
  name: 'allocations',
  summary:
    'Money finance sent a township for one household (预拨启动资金, 剩余资金, 租赁补贴) and money a settlement returned, in fen.',
  schema: Allocation,
  indexes: [{ fields: ['caseId', 'seq'] }, { fields: ['region.county', 'seq'] }, { fields: ['region.township', 'seq'] }],
  audited: true,
})
