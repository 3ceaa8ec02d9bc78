import { Household } from '../../schemas/household'
import { defineCollection } from '../collection'

export const households = defineCollection({
  name: 'households',
  summary: 'Households with members, target groups and the one-card account.',
  schema: Household,
  indexes: [{ fields: ['region.village'] }, { fields: ['region.township'] }, { fields: ['region.county'] }],
  audited: true,
})
