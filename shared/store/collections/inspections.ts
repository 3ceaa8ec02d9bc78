import { Inspection } from '../../schemas/inspection'
import { defineCollection } from '../collection'

export const inspections = defineCollection({
  name: 'inspections',
  summary: 'One house of one campaign: on the list (todo) when the campaign opens, then what the village found (done).',
  schema: Inspection,
  indexes: [{ fields: ['campaignId', 'region.village', 'state', 'seq'] }, { fields: ['houseId', 'seq'] }],
  audited: true,
})
