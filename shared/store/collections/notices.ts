import { PublicityNotice } from '../../schemas/publicity'
import { defineCollection } from '../collection'

export const notices = defineCollection({
  name: 'notices',
  summary: 'Publicity notices (公示), written masked so the board can be served as stored.',
  schema: PublicityNotice,
  indexes: [
    { fields: ['seq'] },
    { fields: ['region.village', 'seq'] },
    { fields: ['region.township', 'seq'] },
    { fields: ['region.county', 'seq'] },
    { fields: ['caseId', 'seq'] },
  ],
  audited: true,
})
