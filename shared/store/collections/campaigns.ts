import { Campaign } from '../../schemas/inspection'
import { defineCollection } from '../collection'

export const campaigns = defineCollection({
  name: 'campaigns',
  summary: "A county's twice-yearly full inspection (全面排查): deadline and, per village, houses in scope and done.",
  schema: Campaign,
  indexes: [{ fields: ['region.county', 'seq'] }],
  audited: true,
})
