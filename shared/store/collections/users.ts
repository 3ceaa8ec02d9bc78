import { User } from '../../schemas/user'
import { defineCollection } from '../collection'

export const users = defineCollection({
  name: 'users',
  summary: 'Signed-in people: `_id` is the WeChat OPENID (or the H5 identity), with role and jurisdiction.',
  schema: User,
  indexes: [{ fields: ['householdId'] }, { fields: ['regionPath'] }],
  audited: true,
})
