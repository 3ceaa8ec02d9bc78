import { MemberIndexEntry } from '../../schemas/profile'
import { defineCollection } from '../collection'

export const memberIndex = defineCollection({
  name: 'member_index',
  summary: 'Which household lists which ID number, to flag one person in two households or two open cases of a county.',
  schema: MemberIndexEntry,
  indexes: [{ fields: ['county', 'idNumber'] }, { fields: ['householdId'] }],
  audited: true,
})
