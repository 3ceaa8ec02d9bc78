import { ProfileRecord } from '../../schemas/profile'
import { defineCollection } from '../collection'

export const profiles = defineCollection({
  name: 'profiles',
  summary: "Each county's policy profile versions (政策参数), published with an effective date and never edited.",
  schema: ProfileRecord,
  indexes: [{ fields: ['county', 'version'] }],
  audited: true,
})
