import * as z from 'zod'
import { action } from '@shared/api/contract'
import { targetFields } from './targets'

describe('target fields', () => {
  it('stops with what to do when a new action names a record the seeded world has no resolver for', () => {
    const contract = action({
      fn: 'application',
      action: 'inspection',
      summary: 'a future action',
      audience: ['farmer'],
      effect: 'write',
      input: z.object({ caseId: z.string(), inspectionId: z.string() }).strict(),
      output: z.object({}),
      errors: [],
    })
    expect(() => targetFields(contract)).toThrow(
      "application.inspection: input field 'inspectionId' names a record, but the seeded world cannot supply one. Add a target resolver for 'inspectionId' to TARGET_RESOLVERS in test/generated/targets.ts.",
    )
  })
})
