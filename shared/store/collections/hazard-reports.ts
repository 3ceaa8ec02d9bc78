import { HazardReport } from '../../schemas/hazard'
import { defineCollection } from '../collection'

export const hazardReports = defineCollection({
  name: 'hazard_reports',
  summary:
    'Housing dangers reported by the public (隐患反映): place, photos, status, moderation, the reporter (never shown publicly).',
  schema: HazardReport,
  indexes: [
    { fields: ['region.village', 'moderation.hidden', 'seq'] },
    // An official's view of a report reads the village's latest reports, hidden or not, for duplicate suggestions.
    { fields: ['region.village', 'seq'] },
    { fields: ['moderation.hidden', 'seq'] },
    { fields: ['region.village', 'status', 'seq'] },
    { fields: ['region.township', 'status', 'seq'] },
    { fields: ['region.county', 'status', 'seq'] },
    { fields: ['reporterId', 'seq'] },
    { fields: ['houseId', 'seq'] },
  ],
  audited: true,
})
