import { Objection } from '../../schemas/objection'
import { defineCollection } from '../collection'

export const objections = defineCollection({
  name: 'objections',
  summary: 'Objections (异议) to publicity notices: reason, photos, anonymity, the objector, the township’s resolution.',
  schema: Objection,
  indexes: [
    // The township's (and county's) inbox of open objections, oldest first.
    { fields: ['state', 'region.township', 'seq'] },
    { fields: ['state', 'region.county', 'seq'] },
    { fields: ['state', 'region.village', 'seq'] },
    // "My objections".
    { fields: ['objectorId', 'seq'] },
    // The objections of one case, on the official's case page.
    { fields: ['caseId', 'seq'] },
  ],
  audited: true,
})
