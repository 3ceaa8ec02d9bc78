import { Region } from '../../schemas/region'
import { defineCollection } from '../collection'

export const regions = defineCollection({
  name: 'regions',
  summary: 'The county → township → village tree; `_id` is the region path.',
  schema: Region,
  indexes: [],
  audited: true,
})
