import { Benefit } from '../../schemas/benefit'
import { defineCollection } from '../collection'

export const benefits = defineCollection({
  name: 'benefits',
  summary: 'The register of housing benefits already received (ID number, programme, year, amount, source), per county.',
  schema: Benefit,
  indexes: [{ fields: ['county', 'idNumber'] }],
  audited: true,
})
