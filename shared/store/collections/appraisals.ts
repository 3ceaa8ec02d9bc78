import { Appraisal } from '../../schemas/appraisal'
import { defineCollection } from '../collection'

export const appraisals = defineCollection({
  name: 'appraisals',
  summary:
    'Appraisals of houses (房屋危险性等级鉴定): the county’s order, the appraiser’s grade, report and photos, or the township’s exemption.',
  schema: Appraisal,
  indexes: [
    // The appraiser's inbox: their open orders, oldest first.
    { fields: ['appraiserId', 'state', 'seq'] },
    { fields: ['houseId', 'seq'] },
    { fields: ['region.county', 'state', 'seq'] },
  ],
  audited: true,
})
