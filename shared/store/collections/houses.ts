import { House } from '../../schemas/house'
import { defineCollection } from '../collection'

export const houses = defineCollection({
  name: 'houses',
  summary: 'Houses and their whole-life safety record (grades, inspections, renovations).',
  schema: House,
  indexes: [{ fields: ['householdId'] }, { fields: ['region.village', '_id'] }],
  audited: true,
})
