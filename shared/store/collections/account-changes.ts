import { AccountChange } from '../../schemas/funds'
import { defineCollection } from '../collection'

export const accountChanges = defineCollection({
  name: 'account_changes',
  summary: 'Changes of a household’s one-card account, asked for by the household or village and confirmed by the township.',
  schema: AccountChange,
  indexes: [{ fields: ['householdId', 'seq'] }, { fields: ['status', 'region.township', 'seq'] }],
  audited: true,
})
