import { Application } from '../../schemas/application'
import { defineCollection } from '../collection'

export const cases = defineCollection({
  name: 'cases',
  summary: 'Cases (申请 / 改造案件): one household, one house, the procedure state and its history.',
  schema: Application,
  indexes: [
    { fields: ['householdId', 'seq'] },
    { fields: ['state', 'region.village', 'seq'] },
    { fields: ['state', 'region.township', 'seq'] },
    { fields: ['state', 'region.county', 'seq'] },
    { fields: ['fundsWaiting', 'region.county', 'seq'] },
    { fields: ['fundsWaiting', 'region.township', 'seq'] },
  ],
  audited: true,
})
